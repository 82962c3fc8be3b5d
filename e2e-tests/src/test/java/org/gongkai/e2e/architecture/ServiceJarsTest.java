package org.gongkai.e2e.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.e2e.SectorModules;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * No jar a district runs carries benchmark code: not in its own classes, not in a library it bundles (notice-core
 * included). Benchmark seeding and endpoints live in {@code bench-support}, which only {@code bench/run.sh} puts on
 * a class path.
 */
class ServiceJarsTest {

    private static final Path ROOT = SectorModules.ROOT;
    private static final String VERSION = System.getProperty("suite.version", "0.1.0-SNAPSHOT");
    private static final List<String> SERVICES = Stream.concat(Stream.of("config", "gateway"),
            SectorModules.modules().stream()).toList();
    private static final String BENCH = "org/gongkai/bench/";

    @Test
    void whenAServiceJarIsBuiltThenItHoldsNoBenchmarkClass() throws IOException {
        for (String service : SERVICES) {
            assertThat(benchEntries(jarOf(service))).as(service).isEmpty();
        }
    }

    @Test
    void theBenchmarkClassesAreInBenchSupportWhereTheCheckLooks() throws IOException {
        assertThat(benchEntries(jarOf("bench-support"))).contains(BENCH + "BenchSeeder.class");
    }

    private static Path jarOf(String module) {
        return ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
    }

    /** Benchmark entries of the jar and of every jar nested in it. */
    private static List<String> benchEntries(Path jar) throws IOException {
        assertThat(jar).as("built by the modules before this one").exists();
        List<String> found = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                if (entry.getName().endsWith(".jar")) {
                    if (entry.getName().contains("bench-support")) {
                        found.add(entry.getName());
                    }
                    try (InputStream in = file.getInputStream(entry)) {
                        found.addAll(nested(entry.getName(), in));
                    }
                } else if (entry.getName().contains(BENCH)) {
                    found.add(entry.getName());
                }
            }
        }
        return found;
    }

    private static List<String> nested(String name, InputStream in) throws IOException {
        List<String> found = new ArrayList<>();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().startsWith(BENCH)) {
                found.add(name + "!/" + entry.getName());
            }
        }
        return found;
    }
}
