package org.gongkai.e2e.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.e2e.SectorModules;
import org.gongkai.e2e.architecture.fixture.WritesAStoreQuery;
import org.junit.jupiter.api.Test;

/**
 * Sector code never talks to the store directly: no store queries, no document field names, no Mongo template.
 * A sector asks notice-core (`NoticeQuery`, `NoticeFinder`, the services) for what it needs, so how a notice is
 * stored can change in one place. Checked over every sector module's compiled main classes.
 */
class SectorBoundaryTest {

    private static final Path ROOT = SectorModules.ROOT;
    private static final List<String> SECTORS = SectorModules.modules();

    static ArchRule rule() {
        return noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.data.mongodb.core..", "com.mongodb..", "org.bson..")
                .because("a sector asks notice-core's NoticeQuery/NoticeFinder instead of writing store queries");
    }

    @Test
    void noSectorWritesAStoreQuery() {
        List<Path> folders = SECTORS.stream().map(m -> ROOT.resolve(m).resolve("target/classes"))
                .filter(Files::isDirectory).toList();
        assertThat(SECTORS).as("sector modules").contains("land-service", "procurement-service");
        assertThat(folders).as("compiled sector modules").hasSize(SECTORS.size());
        JavaClasses classes = new ClassFileImporter().importPaths(folders);
        assertThat(classes).hasSizeGreaterThan(50);
        rule().check(classes);
    }

    @Test
    void theRuleCatchesASectorThatWritesAStoreQuery() {
        JavaClasses fixture = new ClassFileImporter().importClasses(WritesAStoreQuery.class);
        assertThatThrownBy(() -> rule().check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("WritesAStoreQuery");
    }
}
