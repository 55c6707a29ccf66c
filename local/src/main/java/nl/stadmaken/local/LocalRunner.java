package nl.stadmaken.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.testkit.DynamoDbEndpoint;
import nl.stadmaken.testkit.FunctionEnvironment;
import nl.stadmaken.testkit.MotoSes;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.SamTemplate;
import nl.stadmaken.testkit.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Runs Stadmaken on this machine: reads {@code template.yaml}, starts a DynamoDB emulator (or uses
 * {@code DYNAMODB_ENDPOINT}), creates the declared tables, loads every function from its own artifact with its own
 * environment, serves the HTTP API and {@code web/} on 127.0.0.1 with a stand-in for Cognito's hosted sign-in next to
 * them, hands the tables' streams to the functions they trigger (so the outbox is mailed, to the emulator's SES), seeds
 * demo data and prints a staff token. A function added to the template is served with no change here.
 */
public final class LocalRunner {

    private final LocalApiServer server;
    private final HostedSignInServer signIn;
    private final StreamPump pump;
    private final DynamoDbEndpoint endpoint;
    private final LocalIssuer issuer;
    private final String staffToken;
    private final List<String> seeded;

    private LocalRunner(LocalApiServer server, HostedSignInServer signIn, StreamPump pump, DynamoDbEndpoint endpoint,
                        LocalIssuer issuer, String staffToken, List<String> seeded) {
        this.server = server;
        this.signIn = signIn;
        this.pump = pump;
        this.endpoint = endpoint;
        this.issuer = issuer;
        this.staffToken = staffToken;
        this.seeded = seeded;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(option(args, "--port", System.getenv().getOrDefault("PORT", "3000")));
        boolean seed = !List.of(args).contains("--no-seed");
        LocalRunner runner = start(RepositoryPaths.root(), port, seed, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(runner::stop, "stadmaken-local-stop"));
        runner.printWelcome();
        new CountDownLatch(1).await();
    }

    public static LocalRunner start(Path repository, int port, boolean seed, Clock clock) throws Exception {
        return start(repository, port, seed, clock, UnaryOperator.identity());
    }

    /**
     * As {@link #start(Path, int, boolean, Clock)}, with the functions reaching DynamoDB at the address
     * {@code functionsEndpoint} makes of the emulator's (a fault proxy in front of it, say); tables are made directly.
     */
    public static LocalRunner start(Path repository, int port, boolean seed, Clock clock, UnaryOperator<URI> functionsEndpoint)
            throws Exception {
        SamTemplate template = SamTemplate.load(repository.resolve("template.yaml"));
        DynamoDbEndpoint endpoint = DynamoDbEndpoint.start();
        HostedSignInServer signIn = null;
        StreamPump pump = null;
        try {
            Map<String, String> base = new LinkedHashMap<>();
            base.put("DYNAMODB_ENDPOINT", endpoint.uri().toString());
            base.put("AWS_REGION", "eu-west-1");
            base.put("AWS_ACCESS_KEY_ID", "local");
            base.put("AWS_SECRET_ACCESS_KEY", "local");
            Map<String, String> tables = createTables(template, DynamoDbClients.fromEnvironment(new Environment(base)));

            Map<String, String> overrides = new LinkedHashMap<>(base);
            overrides.put("DYNAMODB_ENDPOINT", functionsEndpoint.apply(endpoint.uri()).toString());
            // Mail goes to the emulator's SES (moto keeps what it was sent), never to AWS.
            overrides.put("SES_ENDPOINT", endpoint.uri().toString());
            // Local data is made from yesterday on: the indicators' first run need not walk the change index from 2025
            // day by day, which on the emulator takes longer than an HTTP request may.
            overrides.put("CHANGES_START_DATE", System.getenv().getOrDefault("CHANGES_START_DATE",
                    LocalDate.now(clock).minusDays(1).toString()));
            overrides.put("STADMAKEN_SECRET", System.getenv().getOrDefault("STADMAKEN_SECRET", randomSecret()));
            // The emulator updates an index together with its table, so the indicator job need not let changes settle,
            // and a first run need not read the empty days before the demo data was made.
            overrides.put("CHANGES_SETTLE_SECONDS", "0");
            overrides.put("CHANGES_START_DATE", System.getenv().getOrDefault("CHANGES_START_DATE",
                    LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1).toString()));
            LocalIssuer issuer = new LocalIssuer("http://127.0.0.1:" + port + "/local-issuer", clock);
            List<LocalApiServer.ApiRoute> routes = new ArrayList<>();
            Map<String, FunctionHost> hosts = new LinkedHashMap<>();
            for (SamTemplate.FunctionSpec function : template.functions()) {
                Map<String, String> environment = FunctionEnvironment.resolve(template, function, tables, overrides);
                FunctionHost host = FunctionHost.load(function.logicalId(), repository.resolve(function.codeUri()),
                        function.handlerClass(), environment, template.timeoutSeconds(function.logicalId()));
                hosts.put(function.logicalId(), host);
                function.routes().forEach(route -> routes.add(new LocalApiServer.ApiRoute(route.method(), route.path(), route.staff(), host)));
                if (!template.streamSources(function.logicalId()).isEmpty() && environment.containsKey("SENDER_ADDRESS")
                        && MotoSes.available(endpoint.uri())) {
                    MotoSes.verify(endpoint.uri(), environment.get("SENDER_ADDRESS"));
                }
            }
            pump = new StreamPump(template, hosts, tables, endpoint.uri());
            pump.start();
            signIn = new HostedSignInServer(new HostedSignIn(issuer, Set.of("http://127.0.0.1:" + port + "/staff/"), clock, new SecureRandom()));
            signIn.start();
            Path web = repository.resolve("web");
            LocalApiServer server = new LocalApiServer(routes, issuer, Files.isDirectory(web) ? web.toAbsolutePath().normalize() : null,
                    Map.of("/config.js", localConfig(signIn.domain())));
            server.start(port);
            String token = issuer.staffToken(HostedSignIn.LOCAL_STAFF.subject(), HostedSignIn.LOCAL_STAFF.groups(), Duration.ofHours(12));
            List<String> seeded = seed ? DemoSeed.apply(repository.resolve("local/seed"), server, token, clock) : List.of();
            return new LocalRunner(server, signIn, pump, endpoint, issuer, token, seeded);
        } catch (Exception | Error e) {
            if (pump != null) {
                pump.close();
            }
            if (signIn != null) {
                signIn.stop();
            }
            endpoint.close();
            throw e;
        }
    }

    /**
     * The pages' settings here: {@code web/config.js} as it is (imported with a query, so served from {@code web/}),
     * with the staff sign-in sent to the stand-in for the hosted sign-in, as an environment's config.js is edited.
     */
    private static String localConfig(String signInDomain) {
        return """
                // This environment's settings, written by the local runner: web/config.js, with staff sign-in at the
                // runner's stand-in for the Cognito hosted sign-in.
                import deployed from './config.js?as-deployed';

                export default { ...deployed, cognito: { ...deployed.cognito, domain: '%s', clientId: '%s' } };
                """.formatted(signInDomain, HostedSignIn.CLIENT_ID);
    }

    public int port() {
        return server.port();
    }

    public String staffToken() {
        return staffToken;
    }

    public String dynamoDbEndpoint() {
        return endpoint.uri().toString();
    }

    LocalIssuer issuer() {
        return issuer;
    }

    LocalApiServer api() {
        return server;
    }

    /** Where the staff pages are sent to sign in, the stand-in for the Cognito domain. */
    String signInDomain() {
        return signIn.domain();
    }

    /** Hands what the streams hold now to the functions they trigger, without waiting for the next turn. */
    void deliverStreams() {
        pump.turn();
    }

    public void stop() {
        pump.close();
        server.stop();
        signIn.stop();
        endpoint.close();
    }

    private void printWelcome() {
        String url = "http://127.0.0.1:" + port();
        System.out.println();
        System.out.println("Stadmaken runs at " + url + "  (DynamoDB: " + endpoint.description() + ")");
        seeded.forEach(line -> System.out.println("  " + line));
        System.out.println();
        System.out.println("Staff sign in at " + url + "/staff/ as " + HostedSignIn.LOCAL_STAFF.email()
                + " (hosted sign-in stand-in at " + signIn.domain() + "), or use this staff token (12 hours):");
        System.out.println(staffToken);
        System.out.println();
        System.out.println("Try:");
        System.out.println("  curl " + url + "/trajectories");
        System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + url + "/staff/trajectories?status=draft");
        System.out.println("Stop with Ctrl-C.");
    }

    /** Tables keep their logical names locally; an endpoint that already has them (DYNAMODB_ENDPOINT) keeps its data. */
    private static Map<String, String> createTables(SamTemplate template, DynamoDbClient client) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TableSpec table : template.tables()) {
            try {
                table.create(client, table.logicalId());
            } catch (ResourceInUseException exists) {
                // kept as it is
            }
            names.put(table.logicalId(), table.logicalId());
        }
        return names;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
