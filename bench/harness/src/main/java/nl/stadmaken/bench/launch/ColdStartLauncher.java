package nl.stadmaken.bench.launch;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Main class of a cold-start child JVM: builds the handler named by the first argument with the process environment
 * (as Lambda would give it), hands it the event file named by the second, and prints one {@code BENCH} line with the
 * timings. It then waits for standard input to close, so the harness can read this process's peak RSS first.
 */
public final class ColdStartLauncher {

    private ColdStartLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0])
                .getConstructor(Map.class).newInstance(System.getenv());
        long built = System.nanoTime();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), output, new LaunchContext(args[0]));
        long answered = System.nanoTime();
        System.out.println("BENCH {\"initMs\":" + (built - start) / 1e6 + ",\"invokeMs\":" + (answered - built) / 1e6
                + ",\"status\":" + statusOf(output.toString()) + "}");
        System.out.flush();
        System.in.transferTo(OutputStream.nullOutputStream());
    }

    /** The HTTP status of an API Gateway response, or 0 for a response that has none (a scheduled job's). */
    private static int statusOf(String response) {
        int at = response.indexOf("\"statusCode\"");
        if (at < 0) {
            return 0;
        }
        int digits = response.indexOf(':', at) + 1;
        while (response.charAt(digits) == ' ') {
            digits++;
        }
        return Integer.parseInt(response.substring(digits, digits + 3));
    }
}
