package nl.stadmaken.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP proxy in front of a DynamoDB API that answers a share of the requests with a fault, the way
 * DynamoDB does: throttling, a 500 or 503, a transaction conflict, or no answer in time. Some faults strike before
 * the request is passed on (nothing happened), others after (it happened, but the answer is lost), which is the case
 * that retries must survive without a second effect. Point {@code DYNAMODB_ENDPOINT} at {@link #uri()}; the local
 * runner's functions, which build their own clients, can be put behind it too.
 */
public final class FaultProxy implements AutoCloseable {

    public enum Fault {
        /** 400 ThrottlingException, before the request is passed on. */
        THROTTLING,
        /** 400 ProvisionedThroughputExceededException, before. */
        THROUGHPUT_EXCEEDED,
        /** 500 InternalServerError, before. */
        INTERNAL_ERROR,
        /** 503 ServiceUnavailable, before. */
        UNAVAILABLE,
        /** A transaction cancelled for a conflict (TransactWriteItems), or TransactionConflictException (other writes), before. */
        TRANSACTION_CONFLICT,
        /** No answer until the client gives up, before. */
        TIMEOUT,
        /** BatchWriteItem answered 200 with every item left unprocessed, as DynamoDB does when it throttles part of a batch; before. */
        UNPROCESSED,
        /** Passed on and done, then answered 500: the caller cannot know it happened. */
        INTERNAL_ERROR_AFTER,
        /** Passed on and done, then no answer until the client gives up. */
        TIMEOUT_AFTER
    }

    private static final Pattern OPERATION = Pattern.compile("DynamoDB_\\d+\\.(\\w+)");
    private static final Pattern TRANSACT_ITEMS = Pattern.compile("\"(ConditionCheck|Put|Update|Delete)\"\\s*:");
    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem");
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");

    private final URI target;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient forward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private final AtomicLong passed = new AtomicLong();
    private volatile Plan plan = Plan.NONE;

    /**
     * What to inject: each request is struck with {@code rate} probability by one of {@code faults} (chosen evenly),
     * only if its operation is among {@code operations} (empty: all) and {@code spare} such requests have gone through
     * untouched before it; a timeout holds the answer for {@code hold}.
     */
    public record Plan(double rate, List<Fault> faults, Set<String> operations, Duration hold, long seed, int spare) {
        public static final Plan NONE = new Plan(0, List.of(), Set.of(), Duration.ZERO, 0, 0);

        public static Plan of(double rate, List<Fault> faults, Duration hold, long seed) {
            return new Plan(rate, faults, Set.of(), hold, seed, 0);
        }

        /** The same plan for writes only (PutItem, UpdateItem, DeleteItem, TransactWriteItems, BatchWriteItem). */
        public Plan onWrites() {
            return on(WRITES);
        }

        /** The same plan for these operations only, such as {@code BatchWriteItem}. */
        public Plan on(Set<String> operations) {
            return new Plan(rate, faults, operations, hold, seed, spare);
        }

        /** The same plan once {@code requests} of its operations have gone through: a failure half-way. */
        public Plan after(int requests) {
            return new Plan(rate, faults, operations, hold, seed, requests);
        }
    }

    private Random random = new Random();
    private int spareLeft;

    private FaultProxy(URI target, HttpServer server, ExecutorService executor) {
        this.target = target;
        this.server = server;
        this.executor = executor;
        for (Fault fault : Fault.values()) {
            injected.put(fault, new AtomicLong());
        }
    }

    public static FaultProxy start(URI target) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
            ExecutorService executor = Executors.newFixedThreadPool(64);
            server.setExecutor(executor);
            FaultProxy proxy = new FaultProxy(target, server, executor);
            server.createContext("/", proxy::exchange);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port for the fault proxy", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized void plan(Plan plan) {
        this.plan = plan;
        this.random = new Random(plan.seed());
        this.spareLeft = plan.spare();
    }

    /** How often each fault was injected since start. */
    public Map<Fault, Long> injected() {
        Map<Fault, Long> counts = new EnumMap<>(Fault.class);
        injected.forEach((fault, count) -> counts.put(fault, count.get()));
        return counts;
    }

    public long totalInjected() {
        return injected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Requests passed on to the DynamoDB API (with or without their answer lost). */
    public long passed() {
        return passed.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String operation = operation(exchange.getRequestHeaders().getFirst("x-amz-target"));
            Fault fault = choose(operation);
            if (fault != null) {
                injected.get(fault).incrementAndGet();
            }
            if (fault == Fault.TIMEOUT) {
                hold();
                return;
            }
            if (fault != null && fault != Fault.INTERNAL_ERROR_AFTER && fault != Fault.TIMEOUT_AFTER) {
                answerWith(exchange, fault, operation, body);
                return;
            }
            HttpResponse<byte[]> answer = pass(exchange, body);
            if (fault == Fault.TIMEOUT_AFTER) {
                hold();
                return;
            }
            if (fault == Fault.INTERNAL_ERROR_AFTER) {
                answerWith(exchange, Fault.INTERNAL_ERROR, operation, body);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            send(exchange, answer.statusCode(), answer.body());
        }
    }

    private synchronized Fault choose(String operation) {
        Plan current = plan;
        if (current.faults().isEmpty() || (!current.operations().isEmpty() && !current.operations().contains(operation))) {
            return null;
        }
        if (spareLeft > 0) {
            spareLeft--;
            return null;
        }
        if (random.nextDouble() >= current.rate()) {
            return null;
        }
        Fault fault = current.faults().get(random.nextInt(current.faults().size()));
        // Only writes can conflict with a transaction, and only a batch is left unprocessed.
        boolean fits = switch (fault) {
            case TRANSACTION_CONFLICT -> WRITES.contains(operation);
            case UNPROCESSED -> operation.equals("BatchWriteItem");
            default -> true;
        };
        if (!fits) {
            return Fault.THROTTLING;
        }
        return fault;
    }

    private HttpResponse<byte[]> pass(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> answer = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            passed.incrementAndGet();
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while passing a request on", e);
        }
    }

    private void answerWith(HttpExchange exchange, Fault fault, String operation, byte[] request) throws IOException {
        String prefix = "com.amazonaws.dynamodb.v20120810#";
        String json = switch (fault) {
            case THROTTLING -> "{\"__type\":\"com.amazon.coral.availability#ThrottlingException\",\"message\":\"Rate of requests exceeds the allowed throughput.\"}";
            case THROUGHPUT_EXCEEDED -> "{\"__type\":\"" + prefix + "ProvisionedThroughputExceededException\",\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}";
            case UNAVAILABLE -> "{\"__type\":\"" + prefix + "ServiceUnavailableException\",\"message\":\"Service unavailable\"}";
            case UNPROCESSED -> new String(request, StandardCharsets.UTF_8).replaceFirst("\"RequestItems\"", "\"UnprocessedItems\"");
            case TRANSACTION_CONFLICT -> operation.equals("TransactWriteItems") ? cancelled(request)
                    : "{\"__type\":\"" + prefix + "TransactionConflictException\",\"message\":\"Transaction is ongoing for the item\"}";
            default -> "{\"__type\":\"" + prefix + "InternalServerError\",\"message\":\"Internal server error\"}";
        };
        int status = switch (fault) {
            case INTERNAL_ERROR, INTERNAL_ERROR_AFTER -> 500;
            case UNAVAILABLE -> 503;
            case UNPROCESSED -> 200;
            default -> 400;
        };
        exchange.getResponseHeaders().add("content-type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().add("x-amzn-requestid", "fault-" + fault.name().toLowerCase(Locale.ROOT));
        send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    /** TransactionCanceledException with one reason per item of the request, the first of them a conflict. */
    private static String cancelled(byte[] request) {
        String text = new String(request, StandardCharsets.UTF_8);
        int items = 0;
        Matcher matcher = TRANSACT_ITEMS.matcher(text);
        while (matcher.find()) {
            items++;
        }
        StringBuilder reasons = new StringBuilder("{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is ongoing for the item\"}");
        StringBuilder codes = new StringBuilder("TransactionConflict");
        for (int i = 1; i < items; i++) {
            reasons.append(",{\"Code\":\"None\"}");
            codes.append(", None");
        }
        return "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\",\"Message\":\"Transaction cancelled, "
                + "please refer cancellation reasons for specific reasons [" + codes + "]\",\"CancellationReasons\":[" + reasons + "]}";
    }

    private void hold() {
        try {
            Thread.sleep(plan.hold().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String operation(String target) {
        if (target == null) {
            return "";
        }
        Matcher matcher = OPERATION.matcher(target);
        return matcher.find() ? matcher.group(1) : "";
    }
}
