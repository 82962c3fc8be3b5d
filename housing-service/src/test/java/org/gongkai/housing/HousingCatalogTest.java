package org.gongkai.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.calendar.DayUnit;
import org.gongkai.core.calendar.PublicityRule;
import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.MaskRule;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The housing catalogue in config/repo/housing.yml: every row complete, its masking policy, its roster templates. */
@SectorIntegrationTest
class HousingCatalogTest {

    @Autowired
    WebTestClient web;
    @Autowired
    Catalog catalog;
    @Autowired
    MovableClock clock;

    @Test
    void everyHousingTypeHasACompleteRowWithItsPeriodARosterAndNamesStarred() {
        assertThat(catalog.rows()).extracting(CatalogRow::noticeType)
                .containsExactly("ELIGIBLE_LIST", "LOTTERY_RESULT", "SUBSIDY_LIST");
        for (CatalogRow row : catalog.rows()) {
            assertThat(row.basis()).as(row.code()).contains("《");
            assertThat(row.publicity().length()).as(row.code()).isEqualTo(row.code().equals("HOUSING-03") ? 15 : 7);
            assertThat(row.publicity().unit()).isEqualTo(DayUnit.CALENDAR);
            assertThat(row.channels()).isNotEmpty();
            assertThat(row.subject()).isNotBlank();
            assertThat(row.retentionDays()).isPositive();
            assertThat(catalog.rosterOf(row)).as(row.code()).isPresent();
            assertThat(catalog.maskingOf(row).ruleFor(ColumnKind.NAME)).isEqualTo(MaskRule.NAME_STAR_SECOND);
            assertThat(catalog.maskingOf(row).ruleFor(ColumnKind.ID_NUMBER)).isEqualTo(MaskRule.ID_KEEP_4_4);
            assertThat(catalog.maskingOf(row).ruleFor(ColumnKind.PHONE)).isEqualTo(MaskRule.MOBILE_3_4);
        }
        CatalogRow subsidy = catalog.require("HOUSING-03");
        assertThat(subsidy.timeLimit().length()).isEqualTo(15);
        assertThat(subsidy.timeLimit().unit()).isEqualTo(DayUnit.CALENDAR);
        assertThat(subsidy.timeLimit().fromField()).isEqualTo("applicationsReceivedBy");
        // 廉租住房保障办法 第十七条: the families found eligible are publicized for 15 days
        assertThat(subsidy.publicity().rule()).isEqualTo(PublicityRule.calendarDays(15));
        assertThat(catalog.require("HOUSING-02").elements()).filteredOn(CatalogRow.Element::required)
                .extracting(CatalogRow.Element::key)
                .contains("notaryOffice", "notaryCertificateNumber", "notarizedOn", "drawnAt", "drawPlace", "witnesses");
    }

    @Test
    void thePublicCatalogueListsTheRowsAndTypes() {
        web.get().uri("/api/housing/public/catalog").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.sector").isEqualTo("housing")
                .jsonPath("$.rows.length()").isEqualTo(3)
                .jsonPath("$.types[?(@.code=='LOTTERY_RESULT')].name").isEqualTo("实物配租抽签结果");
    }

    @Test
    void eachRosterTemplateDownloadsWithItsChineseHeadersAndIsItselfAcceptable() throws Exception {
        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(15, 0));
        assertThat(headers("ELIGIBLE_FAMILIES"))
                .containsExactly("户主姓名", "身份证号", "家庭人口", "所在社区", "保障类别", "联系电话", "备注");
        assertThat(headers("LOTTERY_RESULTS"))
                .containsExactly("抽签顺序号", "户主姓名", "身份证号", "家庭人口", "配租房源", "建筑面积（平方米）", "联系电话");
        assertThat(headers("SUBSIDY_FAMILIES"))
                .containsExactly("户主姓名", "身份证号", "家庭人口", "所在社区", "申请受理日期", "月补贴金额（元）", "联系电话");
        web.get().uri("/api/housing/public/rosters/templates/LOTTERY_RESULTS.xlsx").exchange().expectStatus().isOk();

        HousingApi api = new HousingApi(web);
        String id = api.create(HousingApi.withPayload(HousingApi.lotteryResult("2026-11-10"), "batch", "模板回传"));
        api.upload(HousingApi.WULONG_OFFICE, id, template("LOTTERY_RESULTS")).expectStatus().isCreated()
                .expectBody().jsonPath("$.rowsValid").isEqualTo(1);
    }

    private List<String> headers(String type) throws Exception {
        String text = new String(template(type), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        return records.get(0).toList();
    }

    private byte[] template(String type) {
        return web.get().uri("/api/housing/public/rosters/templates/{type}.csv", type).exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).contains("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
    }
}
