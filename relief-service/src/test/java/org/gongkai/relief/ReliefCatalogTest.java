package org.gongkai.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.core.calendar.DayUnit;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.catalog.Channel;
import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.MaskRule;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The relief catalogue from config/repo/relief.yml: both rows with every standard column, rosters and masking. */
@SectorIntegrationTest
class ReliefCatalogTest {

    @Autowired
    WebTestClient web;
    @Autowired
    Catalog catalog;

    @Test
    void theRosterRowPublicisesSevenCalendarDaysToTheVillageOnTheBoardAndTheWebsite() {
        CatalogRow row = catalog.require("RELIEF-01");
        assertThat(row.noticeType()).isEqualTo("RELIEF_ROSTER");
        assertThat(row.publicity().length()).isEqualTo(7);
        assertThat(row.publicity().unit()).isEqualTo(DayUnit.CALENDAR);
        assertThat(row.audience()).isEqualTo(CatalogRow.Audience.SPECIFIC_GROUP);
        assertThat(row.channels()).extracting(CatalogRow.ChannelUse::channel)
                .contains(Channel.BULLETIN_BOARD, Channel.GOV_WEBSITE);
        assertThat(row.channels()).filteredOn(CatalogRow.ChannelUse::required).hasSize(2);
        assertThat(row.basis()).contains("《自然灾害救助条例》第二十一条");
        assertThat(row.elements()).filteredOn(CatalogRow.Element::required).extracting(CatalogRow.Element::key)
                .contains("disasterEvent", "village", "households", "totalAmount", "roster");
        assertThat(row.masking()).containsEntry(ColumnKind.ID_NUMBER, MaskRule.ID_KEEP_4_4);
        assertThat(catalog.rosterOf(row)).get().satisfies(schema -> assertThat(schema.columns())
                .extracting(c -> c.header())
                .containsExactly("户主姓名", "身份证号", "村民小组", "家庭人口", "救助类别", "救助金额（元）", "备注"));
    }

    @Test
    void theFundsRowIsTimedFromTheDisbursementAndHasNoPublicityPeriod() {
        CatalogRow row = catalog.require("RELIEF-02");
        assertThat(row.noticeType()).isEqualTo("RELIEF_FUNDS");
        assertThat(row.hasPublicity()).isFalse();
        assertThat(row.timeLimit().fromField()).isEqualTo("disbursedOn");
        assertThat(row.audience()).isEqualTo(CatalogRow.Audience.PUBLIC);
        assertThat(row.basis()).contains("第二十六条");
        assertThat(row.roster()).isEqualTo("RELIEF_FUNDS");
    }

    @Test
    void thePublicCatalogListsBothRowsWithTheirStandardColumns() {
        web.get().uri("/api/relief/public/catalog").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.sector").isEqualTo("relief")
                .jsonPath("$.rows.length()").isEqualTo(2)
                .jsonPath("$.rows[0].seq").isEqualTo(1)
                .jsonPath("$.rows[0].subItem").isEqualTo("受灾人员冬春生活救助对象名单公示")
                .jsonPath("$.rows[0].subject").exists()
                .jsonPath("$.rows[0].mode").isEqualTo("PROACTIVE")
                .jsonPath("$.rows[0].level").isEqualTo("TOWNSHIP")
                .jsonPath("$.rows[0].retentionDays").isEqualTo(90)
                .jsonPath("$.rows[0].timeLimit.text").exists()
                .jsonPath("$.rows[1].item").isEqualTo("救灾信息")
                .jsonPath("$.types[?(@.code=='RELIEF_ROSTER')].name").isEqualTo("受灾人员冬春生活救助对象名单")
                .jsonPath("$.types[?(@.code=='RELIEF_FUNDS')].name").isEqualTo("救助资金发放情况");
    }

    @Test
    void theRosterTemplateDownloadsAndIsItselfAnAcceptableRoster() throws Exception {
        byte[] template = web.get().uri("/api/relief/public/rosters/templates/RELIEF_ROSTER.csv").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                new String(template, StandardCharsets.UTF_8).replace("\uFEFF", ""))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("户主姓名", "身份证号", "村民小组", "家庭人口", "救助类别",
                "救助金额（元）", "备注");

        ReliefApi api = new ReliefApi(web);
        String id = api.create(ReliefApi.roster("富强村救助对象名单（模板回传）", List.of(ReliefApi.ZHAO)));
        api.upload(id, template).expectStatus().isCreated().expectBody().jsonPath("$.rowsValid").isEqualTo(1);
        web.get().uri("/api/relief/public/rosters/templates/RELIEF_ROSTER.xlsx").exchange().expectStatus().isOk();
    }
}
