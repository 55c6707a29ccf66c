package nl.stadmaken.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonTree;
import nl.stadmaken.testkit.SamTemplate;

/**
 * Starts a fresh JVM per run with the artifact and the launcher on its classpath, with the flags Lambda's Java
 * runtime uses. Subjects take turns within each round, so a noisy moment on the machine hits them all alike.
 */
final class ColdStartBench {

    /** The serial collector, which the JVM picks by itself in a 1,024 MB Lambda but not on a larger machine. */
    private static final String COLLECTOR = "-XX:+UseSerialGC";
    private static final long CHILD_TIMEOUT_SECONDS = 60;

    private final Path java;
    private final List<String> jvmFlags;
    private final Path launcher;
    private final Path logs;

    ColdStartBench(Path java, List<String> jvmFlags, Path launcher, Path logs) {
        this.java = java;
        this.jvmFlags = List.copyOf(jvmFlags);
        this.launcher = launcher;
        this.logs = logs;
    }

    /**
     * The JVM flags of every run, baselines included: the JAVA_TOOL_OPTIONS the template gives the functions (Lambda
     * reads them as the JVM starts), and the serial collector.
     */
    static List<String> jvmFlags(SamTemplate template) {
        Set<String> options = new TreeSet<>();
        template.functions().forEach(function -> options.add(String.valueOf(function.environment().get("JAVA_TOOL_OPTIONS"))));
        if (options.size() != 1 || options.contains("null")) {
            throw new IllegalStateException("the functions must share one JAVA_TOOL_OPTIONS, not " + options);
        }
        List<String> flags = new ArrayList<>(List.of(options.iterator().next().trim().split("\\s+")));
        flags.add(COLLECTOR);
        return List.copyOf(flags);
    }

    /** One untimed start per subject to fill the page cache, then {@code runs} rounds. */
    Map<ColdStartSubject, List<ColdStartRun>> measure(List<ColdStartSubject> subjects, int runs) {
        Map<ColdStartSubject, List<ColdStartRun>> results = new LinkedHashMap<>();
        subjects.forEach(subject -> {
            start(subject);
            results.put(subject, new ArrayList<>());
        });
        for (int round = 0; round < runs; round++) {
            for (ColdStartSubject subject : subjects) {
                results.get(subject).add(start(subject));
            }
        }
        return results;
    }

    private ColdStartRun start(ColdStartSubject subject) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", launcher + ":" + subject.artifact(), "nl.stadmaken.bench.launch.ColdStartLauncher",
                subject.handlerClass(), subject.event().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
                logs.resolve(subject.name() + ".stderr.log").toFile()));
        builder.environment().clear();
        builder.environment().putAll(subject.environment());
        long started = System.nanoTime();
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java, e);
        }
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("BENCH ")) {
                // lines before the launcher's are the handler's own logs
            }
            double wallMs = (System.nanoTime() - started) / 1e6;
            if (line == null) {
                throw new IllegalStateException(subject.name() + ": the child JVM ended without answering; see "
                        + logs.resolve(subject.name() + ".stderr.log"));
            }
            long peakRssKb = peakRssKb(child.pid());
            child.getOutputStream().close();
            if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(subject.name() + ": the child JVM did not exit");
            }
            JsonTree timings = Json.readTree(line.substring("BENCH ".length()));
            return new ColdStartRun(wallMs, timings.path("initMs").asDouble(), timings.path("invokeMs").asDouble(),
                    peakRssKb, timings.path("status").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(subject.name() + ": cannot read the child JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            child.destroyForcibly();
        }
    }

    /** VmHWM: the most resident memory the child has had so far. */
    private static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmHWM in /proc/" + pid + "/status");
    }
}
