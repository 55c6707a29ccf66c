package nl.stadmaken.bench.launch;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** The little of a Lambda context a handler reads on its first call. */
record LaunchContext(String functionName) implements Context {

    public String getAwsRequestId() {
        return "bench-cold-start";
    }

    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    public String getLogStreamName() {
        return "bench";
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
        return 10_000;
    }

    public int getMemoryLimitInMB() {
        return 1024;
    }

    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            public void log(String message) {
                System.err.println(message);
            }

            public void log(byte[] message) {
                System.err.println(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
