package nl.stadmaken.testkit;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * moto in server mode on a free loopback port, started as a child process and stopped with it.
 * moto's transactions are not safe under concurrent requests (each copies whole tables, and a failed one restores
 * them, undoing other requests' writes), so its server runs one request at a time; concurrent clients queue on the
 * socket. What our concurrency tests check is then our conditions, as DynamoDB itself would serialize them.
 */
public final class MotoServer implements DynamoDbEndpoint {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String SERIAL_SERVER = String.join("\n",
            "import os, sys",
            "from werkzeug.serving import run_simple",
            "from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app",
            "os.environ.setdefault('MOTO_PORT', sys.argv[2])",
            "run_simple(sys.argv[1], int(sys.argv[2]), DomainDispatcherApplication(create_backend_app), threaded=False)");

    private final Process process;
    private final URI uri;
    private final Thread shutdownHook;

    private MotoServer(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
        this.shutdownHook = new Thread(process::destroy, "moto-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static MotoServer start() {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            try {
                Path log = Files.createTempFile("moto-" + port + "-", ".log");
                log.toFile().deleteOnExit();
                Process process = new ProcessBuilder(serialServer(port))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                URI uri = URI.create("http://127.0.0.1:" + port);
                if (awaitAnswer(process, uri)) {
                    return new MotoServer(process, uri);
                }
                process.destroyForcibly();
                last = new IllegalStateException("moto_server did not answer on port " + port + "; its log: " + log);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start moto's server", e);
            }
        }
        throw last;
    }

    /** The command that serves moto one request at a time, with the Python that has moto installed. */
    private static List<String> serialServer(int port) {
        for (String python : List.of("python3", "python")) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import moto.server, werkzeug").redirectErrorStream(true).start();
                probe.getInputStream().transferTo(OutputStream.nullOutputStream());
                if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return List.of(python, "-c", SERIAL_SERVER, "127.0.0.1", Integer.toString(port));
                }
            } catch (IOException e) {
                // not this interpreter; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("no Python with moto found (install it with: pip install \"moto[server]\")");
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public String description() {
        return "moto_server at " + uri;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook will run anyway
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static boolean awaitAnswer(Process process, URI uri) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) uri.resolve("/moto-api/").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                int status = connection.getResponseCode();
                connection.disconnect();
                if (status > 0) {
                    return true;
                }
            } catch (IOException notYet) {
                sleep();
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
