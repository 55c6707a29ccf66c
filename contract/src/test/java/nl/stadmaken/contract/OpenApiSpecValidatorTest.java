package nl.stadmaken.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code openapi.yaml} is a valid OpenAPI 3.1 document by the reference checker, {@code openapi-spec-validator}. */
class OpenApiSpecValidatorTest {

    private static final String CLI = "openapi-spec-validator";

    @Test
    void theDocumentIsValidOpenApi() throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(CLI, OpenApiContract.file().toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            String missing = CLI + " is not installed (pip install openapi-spec-validator)";
            // On CI the check must run; a developer's machine may lack the Python tool.
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort("skipped: " + missing);
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(CLI + " did not finish: " + output);
        }

        assertThat(process.exitValue()).as(output).isZero();
    }
}
