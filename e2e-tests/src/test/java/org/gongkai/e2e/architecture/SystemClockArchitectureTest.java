package org.gongkai.e2e.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.e2e.architecture.fixture.AsksTheInjectedClock;
import org.gongkai.e2e.architecture.fixture.MakesNewDate;
import org.gongkai.e2e.architecture.fixture.ReadsCurrentTimeMillis;
import org.gongkai.e2e.architecture.fixture.ReadsInstantNow;
import org.gongkai.e2e.architecture.fixture.ReadsLocalDateInZone;
import org.gongkai.e2e.architecture.fixture.ReadsSystemClock;
import org.junit.jupiter.api.Test;

/**
 * Every module's main and test classes, compiled by the same {@code ./mvnw verify} before this module, are checked
 * for reads of the system clock. Only {@code SuiteClock} in notice-api may read it.
 */
class SystemClockArchitectureTest {

    private static final Path ROOT = org.gongkai.e2e.SectorModules.ROOT;
    private static final String FIXTURES = "org.gongkai.e2e.architecture.fixture";

    @Test
    void noCodeButSuiteClockReadsTheSystemClock() throws IOException {
        List<Path> folders = classFolders();
        assertThat(folders).as("compiled class folders of the suite's modules").hasSizeGreaterThan(12);
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/" + FIXTURES.replace('.', '/') + "/"))
                .importPaths(folders);
        assertThat(classes.contain(SystemClockRule.SUITE_CLOCK)).isTrue();

        SystemClockRule.rule().check(classes);
    }

    @Test
    void theRuleCatchesEachWayOfReadingTheSystemClock() {
        for (Class<?> fixture : List.of(ReadsInstantNow.class, ReadsLocalDateInZone.class,
                ReadsSystemClock.class, ReadsCurrentTimeMillis.class, MakesNewDate.class)) {
            JavaClasses classes = new ClassFileImporter().importClasses(fixture);
            assertThatThrownBy(() -> SystemClockRule.rule().check(classes)).as(fixture.getSimpleName())
                    .isInstanceOf(AssertionError.class);
        }
        JavaClasses allowed = new ClassFileImporter().importClasses(AsksTheInjectedClock.class);
        SystemClockRule.rule().check(allowed);
    }

    private static List<Path> classFolders() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.filter(Files::isDirectory)
                    .flatMap(module -> Stream.of(module.resolve("target/classes"), module.resolve("target/test-classes")))
                    .filter(Files::isDirectory)
                    .toList();
        }
    }
}
