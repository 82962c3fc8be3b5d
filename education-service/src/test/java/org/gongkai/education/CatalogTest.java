package org.gongkai.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.internal.CatalogProperties;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.MaskRule;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.education.privacy.StudentListGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** config/repo/education.yml: every standard column on every row, and student lists that hide personal data. */
@SectorIntegrationTest
class CatalogTest {

    @Autowired
    WebTestClient web;
    @Autowired
    Catalog catalog;
    @Autowired
    CatalogProperties properties;

    @Test
    void theCatalogueServesTheFourEducationItemsWithEveryStandardColumn() {
        assertThat(catalog.rows()).extracting(CatalogRow::noticeType)
                .containsExactly("SCHOOL_DISTRICT", "ENROLLMENT_POLICY", "PLACEMENT_RESULT", "BOARDING_SUBSIDY_LIST");
        for (CatalogRow row : catalog.rows()) {
            assertThat(row.seq()).isPositive();
            assertThat(List.of(row.item(), row.subItem(), row.basis(), row.subject(), row.timeLimit().text()))
                    .allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(row.basis()).contains("《中华人民共和国义务教育法》第");
            assertThat(row.elements()).anyMatch(CatalogRow.Element::required);
            assertThat(row.channels()).anyMatch(CatalogRow.ChannelUse::required);
            assertThat(row.audience()).isNotNull();
            assertThat(row.mode()).isEqualTo(CatalogRow.Mode.PROACTIVE);
            assertThat(row.level()).isNotNull();
        }
        web.get().uri("/api/education/public/catalog").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.displayName").isEqualTo("义务教育")
                .jsonPath("$.rows.length()").isEqualTo(4)
                .jsonPath("$.types[?(@.code=='PLACEMENT_RESULT')].name").isEqualTo("阳光分班结果");
    }

    @Test
    void onlyTheSubsidyListHasAPublicityPeriodOfSevenWorkingDays() {
        CatalogRow subsidy = catalog.require("EDU-04");
        assertThat(subsidy.publicity().length()).isEqualTo(7);
        assertThat(subsidy.publicity().unit().name()).isEqualTo("WORKING");
        assertThat(catalog.rows()).filteredOn(CatalogRow::hasPublicity).containsExactly(subsidy);
    }

    @Test
    void everyStudentListHidesIdAddressPhoneBirthDateAndBankAccount() {
        List<CatalogRow> withRoster = catalog.rows().stream().filter(r -> r.roster() != null).toList();
        assertThat(withRoster).extracting(CatalogRow::code).containsExactly("EDU-03", "EDU-04");
        for (CatalogRow row : withRoster) {
            assertThat(StudentListGuard.problems(row.code(), catalog.maskingOf(row))).isEmpty();
            for (ColumnKind kind : StudentListGuard.NEVER_SHOWN) {
                assertThat(catalog.maskingOf(row).ruleFor(kind)).isEqualTo(MaskRule.HIDE);
            }
        }
    }

    @Test
    void bothRosterTemplatesDownloadWithChineseHeaders() {
        web.get().uri("/api/education/public/rosters/templates/PLACEMENT_LIST.csv").exchange().expectStatus().isOk()
                .expectBody(String.class).value(csv -> assertThat(csv).contains("学生姓名,性别,年级,班级"));
        web.get().uri("/api/education/public/rosters/templates/BOARDING_SUBSIDY.xlsx").exchange()
                .expectStatus().isOk().expectBody(byte[].class)
                .value(xlsx -> assertThat(xlsx).startsWith((byte) 'P', (byte) 'K'));
    }

    @Test
    void aCountyCatalogueThatWouldShowAStudentIdOrAddressStopsTheServiceFromStarting() {
        CatalogRow r = catalog.require("EDU-04");
        CatalogRow loosened = new CatalogRow(r.code(), r.seq(), r.item(), r.subItem(), r.noticeType(), r.elements(),
                r.basis(), r.timeLimit(), r.publicity(), r.subject(), r.channels(), r.audience(), r.audienceGroup(),
                r.mode(), r.level(), r.roster(), Map.of(ColumnKind.ID_NUMBER, MaskRule.ID_KEEP_4_4,
                        ColumnKind.BIRTH_DATE, MaskRule.HIDE, ColumnKind.PHONE, MaskRule.HIDE,
                        ColumnKind.BANK_ACCOUNT, MaskRule.HIDE), r.retentionDays());
        Catalog county = new Catalog(new CatalogProperties(List.of(loosened), properties.rosters()));

        assertThatThrownBy(() -> new StudentListGuard(county)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("学生名单不得公开")
                .hasMessageContaining("EDU-04 的 ID_NUMBER 须为 HIDE，现为 ID_KEEP_4_4")
                .hasMessageContaining("EDU-04 的 ADDRESS 须为 HIDE，现为 ADDRESS_TO_VILLAGE");
        assertThat(new StudentListGuard(catalog)).isNotNull();
    }
}
