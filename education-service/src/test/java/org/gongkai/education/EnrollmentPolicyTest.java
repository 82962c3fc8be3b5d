package org.gongkai.education;

import static org.gongkai.education.EducationApi.withPayload;

import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** EDU-02: the enrollment policy reaches families before registration opens, with dates that make sense. */
@SectorIntegrationTest
class EnrollmentPolicyTest extends SectorApiTest<EducationApi> {

    EnrollmentPolicyTest() {
        super(EducationApi::new, LocalDate.of(2026, 5, 11), LocalTime.of(9, 0));
    }

    @Test
    void aPolicyPublishedBeforeRegistrationOpensIsPublicWithoutAPublicityPeriod() {
        String id = api.createAndPublish(EducationApi.enrollmentPolicy("2026年招生入学政策"));
        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.typeName").isEqualTo("招生入学政策")
                .jsonPath("$.validity").isEqualTo("IN_FORCE")
                .jsonPath("$.payload.registrationStart").isEqualTo("2026-06-01")
                .jsonPath("$.period").doesNotExist();
    }

    @Test
    void aPolicyCannotBePublishedOnOrAfterTheDayRegistrationOpens() {
        String id = api.create(EducationApi.enrollmentPolicy("迟到的招生入学政策"));
        api.review(id);
        clock.set(LocalDate.of(2026, 6, 1), LocalTime.of(8, 0));
        api.tryPublish(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.registrationStart")
                .jsonPath("$.errors[0].reason").isEqualTo("招生入学政策须在报名开始日（2026-06-01）之前公布，以便家长提前准备");
        api.publicDetail(id).expectStatus().isNotFound();
    }

    @Test
    void aRegistrationThatEndsBeforeItStartsIsRefusedOnSubmit() {
        String id = api.create(withPayload(EducationApi.enrollmentPolicy("日期颠倒的招生政策"), "registrationEnd",
                "2026-05-31"));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.registrationEnd");
    }

    @Test
    void aPolicyMissingTheDocumentsFamiliesMustBringListsEveryMissingElement() {
        String id = api.create(withPayload(withPayload(EducationApi.enrollmentPolicy("缺要素的招生政策"),
                "requiredDocuments", null), "admissionMethod", null));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.requiredDocuments')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.admissionMethod')]").exists();
    }
}
