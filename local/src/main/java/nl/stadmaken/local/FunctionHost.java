package nl.stadmaken.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * One function as Lambda would run it: its own deployment artifact in its own class loader, built with its own
 * environment, called through {@code handleRequest(InputStream, OutputStream, Context)} with the raw event.
 */
final class FunctionHost {

    private final String name;
    private final ClassLoader loader;
    private final Object handler;
    private final Method handleRequest;
    private final Class<?> contextType;
    private final int timeoutMillis;

    private FunctionHost(String name, ClassLoader loader, Object handler, Method handleRequest, Class<?> contextType, int timeoutMillis) {
        this.name = name;
        this.loader = loader;
        this.handler = handler;
        this.handleRequest = handleRequest;
        this.contextType = contextType;
        this.timeoutMillis = timeoutMillis;
    }

    /** {@code timeoutSeconds}: the function's timeout, which its context gives as the time left. */
    static FunctionHost load(String name, Path artifact, String handlerClass, Map<String, String> environment, int timeoutSeconds) {
        if (!Files.isRegularFile(artifact)) {
            throw new IllegalStateException(name + ": no artifact at " + artifact + " (build it first: mvn package)");
        }
        try {
            URLClassLoader loader = new URLClassLoader(name, new URL[] {artifact.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Class<?> type = loader.loadClass(handlerClass);
                Object handler = type.getConstructor(Map.class).newInstance(environment);
                Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
                Method handleRequest = type.getMethod("handleRequest", InputStream.class, OutputStream.class, contextType);
                return new FunctionHost(name, loader, handler, handleRequest, contextType, timeoutSeconds * 1000);
            } finally {
                thread.setContextClassLoader(previous);
            }
        } catch (MalformedURLException | ReflectiveOperationException e) {
            throw new IllegalStateException(name + ": cannot load " + handlerClass + " from " + artifact
                    + " (a handler needs a public constructor taking the environment as a Map)", e);
        }
    }

    String invoke(String event) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            handleRequest.invoke(handler, new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output, context());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(name + ": handleRequest is not accessible", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    /** The Lambda context, made in the function's own class loader so its handler accepts it. */
    private Object context() {
        String requestId = UUID.randomUUID().toString();
        return Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, method, args) -> switch (method.getName()) {
            case "getAwsRequestId" -> requestId;
            case "getFunctionName" -> name;
            case "getFunctionVersion" -> "$LATEST";
            case "getLogGroupName" -> "/aws/lambda/" + name;
            case "getLogStreamName" -> "local";
            case "getInvokedFunctionArn" -> "arn:aws:lambda:eu-west-1:000000000000:function:" + name;
            case "getRemainingTimeInMillis" -> timeoutMillis;
            case "getMemoryLimitInMB" -> 1024;
            case "toString" -> "LocalContext[" + name + "]";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> null;
        });
    }
}
