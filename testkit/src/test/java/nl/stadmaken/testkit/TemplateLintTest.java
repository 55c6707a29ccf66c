package nl.stadmaken.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** cfn-lint, with the SAM translator, must pass on template.yaml. On CI a missing cfn-lint is a failure, not a skip. */
class TemplateLintTest {

    @Test
    void cfnLintPassesOnTheTemplate() throws Exception {
        ProcessBuilder lint = new ProcessBuilder("cfn-lint", "template.yaml")
                .directory(RepositoryPaths.root().toFile())
                .redirectErrorStream(true);
        Process process;
        try {
            process = lint.start();
        } catch (IOException missing) {
            boolean onCi = "true".equalsIgnoreCase(System.getenv("CI"));
            assertThat(onCi).as("cfn-lint must be installed on CI").isFalse();
            Assumptions.abort("cfn-lint is not installed here (pip install cfn-lint)");
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output.toString(StandardCharsets.UTF_8)).isZero();
    }
}
