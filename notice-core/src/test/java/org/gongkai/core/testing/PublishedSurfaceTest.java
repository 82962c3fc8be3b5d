package org.gongkai.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import fixture.sector.FixtureSectorApplication;
import fixture.violation.ReadsTheStore;
import org.junit.jupiter.api.Test;

class PublishedSurfaceTest {

    @Test
    void whenASectorClassUsesACoreInternalThenTheRuleNamesIt() {
        EvaluationResult result = PublishedSurface.rule()
                .evaluate(new ClassFileImporter().importClasses(ReadsTheStore.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ReadsTheStore")
                && line.contains("org.gongkai.core.notice.internal.NoticeStore"));
    }

    @Test
    void whenASectorUsesOnlyThePublishedPackagesThenTheRuleHolds() {
        EvaluationResult result = PublishedSurface.rule()
                .evaluate(new ClassFileImporter().importClasses(FixtureSectorApplication.class));

        assertThat(result.hasViolation()).isFalse();
    }
}
