package org.gongkai.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * notice-core's published surface, as a rule a sector's test checks its own classes against: a sector may use
 * notice-core's feature packages ({@code org.gongkai.core.notice}, {@code .roster}, {@code .objection}, …) and never
 * an {@code internal} package (stores, repositories, the feed read model, configuration), nor write a store query
 * of its own. What a sector needs from the store, core offers as a query ({@code NoticeFinder}, {@code NoticeQuery},
 * {@code ObjectionFinder}, {@code RosterReader}).
 */
public final class PublishedSurface {

    private PublishedSurface() {
    }

    public static ArchRule rule() {
        return noClasses().that().resideOutsideOfPackage("org.gongkai.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.core..internal..",
                        "org.springframework.data.mongodb.core..", "com.mongodb..", "org.bson..")
                .as("a sector uses only notice-core's published packages (no internal one, no store query)");
    }

    /** The main classes in {@code sectorApplication}'s package and below (tests left out). */
    public static JavaClasses classesOf(Class<?> sectorApplication) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(sectorApplication.getPackageName());
    }

    /** Fails, naming each offending dependency, when a main class of the sector breaks the rule. */
    public static void verify(Class<?> sectorApplication) {
        rule().check(classesOf(sectorApplication));
    }
}
