package nl.stadmaken.testkit;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.stadmaken.shared.json.Json;

/** Calls a stream handler in-process with an event, as the Lambda runtime would, and reads its response. */
public final class LambdaInvoker {

    /** Each function's timeout from the template, which the context gives as the time left. */
    private static final Map<String, Integer> TIMEOUTS = new ConcurrentHashMap<>();

    private LambdaInvoker() {
    }

    static int timeoutMillis(String functionName) {
        return TIMEOUTS.computeIfAbsent(functionName, name -> {
            SamTemplate template = SamTemplate.ofRepository();
            return template.resources().containsKey(name) ? template.timeoutSeconds(name) * 1000 : 10_000;
        });
    }

    public static Response invoke(RequestStreamHandler handler, String functionName, String event) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output, new LocalContext(functionName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.parse(output.toString(StandardCharsets.UTF_8));
    }

    /** An HTTP API v2 response: status, headers and body as text, with the body read as JSON on demand. */
    public record Response(int status, Map<String, String> headers, String body) {

        static Response parse(String json) {
            JsonNode node;
            try {
                node = JsonTrees.read(json);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("handler wrote no JSON response: " + json, e);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            node.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            return new Response(node.path("statusCode").asInt(), headers, node.path("body").asText(""));
        }

        public JsonNode json() {
            try {
                return JsonTrees.read(body);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("body is not JSON: " + body, e);
            }
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private record LocalContext(String functionName, String requestId) implements Context {

        LocalContext(String functionName) {
            this(functionName, UUID.randomUUID().toString());
        }

        public String getAwsRequestId() {
            return requestId;
        }

        public String getLogGroupName() {
            return "/aws/lambda/" + functionName;
        }

        public String getLogStreamName() {
            return "local";
        }

        public String getFunctionName() {
            return functionName;
        }

        public String getFunctionVersion() {
            return "$LATEST";
        }

        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-west-1:000000000000:function:" + functionName;
        }

        public CognitoIdentity getIdentity() {
            return null;
        }

        public ClientContext getClientContext() {
            return null;
        }

        public int getRemainingTimeInMillis() {
            return timeoutMillis(functionName);
        }

        public int getMemoryLimitInMB() {
            return 1024;
        }

        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) {
                    System.out.println(message);
                }

                public void log(byte[] message) {
                    System.out.println(new String(message, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
