package nl.stadmaken.participation.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The panel-draw jar carries the solver cut down to what the engine reaches, so it is checked as built: in a class
 * loader of its own, both algorithms must draw. The participation jar must carry neither engine nor solver.
 */
class PanelDrawJarIT {

    private static final Path TARGET = Path.of("target");

    @Test
    void drawJarDrawsWithBothAlgorithms() throws Exception {
        URL jar = TARGET.resolve("panel-draw-lambda.jar").toUri().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            Class<?> warmUp = loader.loadClass(EngineWarmUp.class.getName());
            assertThat(warmUp.getClassLoader()).isSameAs(loader);

            Object drawn = warmUp.getMethod("warmUp").invoke(warmUp.getConstructor().newInstance());

            assertThat(drawn).isEqualTo(true);
        }
    }

    @Test
    void participationJarCarriesNeitherEngineNorSolver() throws IOException {
        try (ZipFile jar = new ZipFile(TARGET.resolve("participation-lambda.jar").toFile())) {
            List<String> names = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("nl/stadmaken/participation/ParticipationHandler.class")
                    .noneMatch(name -> name.startsWith("org/ojalgo/"))
                    .noneMatch(name -> name.startsWith("nl/stadmaken/participation/sortition/"))
                    .noneMatch(name -> name.startsWith("nl/stadmaken/participation/draw/"));
        }
    }
}
