package nl.stadmaken.shared.log;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stadmaken.shared.json.Json;

/**
 * Structured logs: one JSON object a line. Callers pass only technical facts (route, status, timings, error classes);
 * request bodies, headers and claims never reach a log line.
 */
public final class JsonLog {

    private final PrintStream out;
    private final Clock clock;

    public JsonLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    public static JsonLog standardOut(Clock clock) {
        return new JsonLog(System.out, clock);
    }

    public void info(String message, Map<String, ?> fields) {
        write("INFO", message, fields);
    }

    public void warn(String message, Map<String, ?> fields) {
        write("WARN", message, fields);
    }

    public void error(String message, Map<String, ?> fields) {
        write("ERROR", message, fields);
    }

    private void write(String level, String message, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", clock.instant().toString());
        line.put("level", level);
        line.put("message", message);
        line.putAll(fields);
        out.println(Json.write(line));
    }
}
