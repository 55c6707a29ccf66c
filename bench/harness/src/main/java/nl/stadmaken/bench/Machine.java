package nl.stadmaken.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The machine a run was made on, since the absolute figures only mean something next to it. */
record Machine(int processors, String memory, String cpu, String jdk, String date) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), memoryTotal(), cpuModel(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    }

    private static String memoryTotal() {
        String total = field(Path.of("/proc/meminfo"), "MemTotal");
        return total.isEmpty() ? "unknown" : String.format(Locale.ROOT, "%.1f GiB",
                Long.parseLong(total.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
    }

    private static String cpuModel() {
        String model = field(Path.of("/proc/cpuinfo"), "model name");
        return model.isEmpty() ? "unknown" : model;
    }

    private static String field(Path file, String name) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
