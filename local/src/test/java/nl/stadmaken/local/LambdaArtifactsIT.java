package nl.stadmaken.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * What each deployment artifact the template points at carries. JSON is read and written with the SDK's own
 * jackson-core; jackson-databind would cost every function hundreds of classes at cold start and 2 MB of artifact.
 */
class LambdaArtifactsIT {

    @Test
    void noFunctionArtifactCarriesJacksonDatabind() throws IOException {
        List<String> artifacts = SamTemplate.ofRepository().functions().stream().map(SamTemplate.FunctionSpec::codeUri).distinct().toList();
        assertThat(artifacts).isNotEmpty();
        for (String artifact : artifacts) {
            Path jar = RepositoryPaths.root().resolve(artifact);
            try (JarFile entries = new JarFile(jar.toFile())) {
                assertThat(entries.stream().map(entry -> entry.getName()))
                        .as(artifact)
                        .noneMatch(name -> name.startsWith("com/fasterxml/jackson/databind/"))
                        .anyMatch(name -> name.startsWith("software/amazon/awssdk/thirdparty/jackson/core/"));
            }
        }
    }
}
