package org.gongkai.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.education.EducationApi.EDITOR;
import static org.gongkai.education.EducationApi.zone;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.PublicChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

/** EDU-01 and the public "which school serves this address" lookup over the district map in force. */
@SectorIntegrationTest
class SchoolDistrictLookupTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher events;
    EducationApi api;

    /** The map is the whole service's: each test starts from no notices at all. */
    @BeforeEach
    void start() {
        mongo.remove(new Query(), Notice.class).block();
        events.publishEvent(org.gongkai.core.notice.PublicChange.about("test-reset", org.gongkai.api.change.ChangeKind.UPDATED, "test"));
        clock.set(LocalDate.of(2026, 4, 27), LocalTime.of(9, 0));
        api = new EducationApi(web);
    }

    static List<Map<String, Object>> map2026() {
        return List.of(
                zone("龙沙区正阳小学", "PRIMARY", List.of("正阳社区", "龙华社区"), List.of("龙华路1-199号", "正阳街")),
                zone("龙沙区彩虹小学", "PRIMARY", List.of("彩虹社区"), List.of("龙华路200-398号")),
                zone("龙沙区湖滨小学", "PRIMARY", List.of("湖滨社区"), List.of("湖滨路单号1-99号")),
                zone("龙沙区江安小学", "PRIMARY", List.of("江安社区"), List.of("湖滨路双号2-100号")),
                zone("龙沙区第一中学", "JUNIOR", List.of("正阳社区", "龙华社区", "彩虹社区"), List.of("龙华路")));
    }

    @Test
    void aCommunityNameFindsItsPrimaryAndJuniorSchoolsFromThePublishedNotice() {
        String id = api.createAndPublish(EducationApi.schoolDistrict("2026年学区划分公告", 2026, map2026()));

        api.lookup("龙华社区").expectStatus().isOk().expectBody()
                .jsonPath("$.query").isEqualTo("龙华社区")
                .jsonPath("$.matches.length()").isEqualTo(2)
                .jsonPath("$.matches[0].school").isEqualTo("龙沙区正阳小学")
                .jsonPath("$.matches[0].stageName").isEqualTo("小学")
                .jsonPath("$.matches[0].matchedBy").isEqualTo("小区（社区）")
                .jsonPath("$.matches[0].noticeId").isEqualTo(id)
                .jsonPath("$.matches[0].schoolYear").isEqualTo(2026)
                .jsonPath("$.matches[1].school").isEqualTo("龙沙区第一中学")
                .jsonPath("$.matches[1].stage").isEqualTo("JUNIOR");
    }

    @Test
    void aStreetAddressIsPlacedByItsHouseNumberRangeAndSide() {
        api.createAndPublish(EducationApi.schoolDistrict("2026年学区划分公告", 2026, map2026()));

        assertThat(primarySchool("龙沙区龙华路88号3单元")).isEqualTo("龙沙区正阳小学");
        assertThat(primarySchool("龙华路199号")).isEqualTo("龙沙区正阳小学");
        assertThat(primarySchool("龙华路200号")).isEqualTo("龙沙区彩虹小学");
        assertThat(primarySchool("湖滨路 37 号")).isEqualTo("龙沙区湖滨小学");
        assertThat(primarySchool("湖滨路３８号")).isEqualTo("龙沙区江安小学");
        api.lookup("龙华路88号").expectBody().jsonPath("$.matches[0].matchedBy").isEqualTo("地址段")
                .jsonPath("$.matches[0].matched").isEqualTo("龙华路1-199号")
                .jsonPath("$.matches[1].school").isEqualTo("龙沙区第一中学");
    }

    @Test
    void anAddressNoSchoolServesAnswers404ProblemWithAHelpfulChineseMessage() {
        api.createAndPublish(EducationApi.schoolDistrict("2026年学区划分公告", 2026, map2026()));

        api.lookup("卜奎大街5号").expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/not-found")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("卜奎大街5号")
                        .contains("小区（社区）全称").contains("门牌号").contains("区教育局"));
        api.lookup("湖滨路101号").expectStatus().isNotFound();
        api.lookup("").expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
        web.get().uri("/api/education/public/school-districts/lookup").exchange().expectStatus().isBadRequest();
    }

    @Test
    void withNoDistrictNoticeInForceEveryLookupIs404() {
        String draft = api.create(EducationApi.schoolDistrict("未发布的学区划分", 2026, map2026()));
        api.review(draft);
        api.lookup("龙华社区").expectStatus().isNotFound();
    }

    @Test
    void aWithdrawnNoticeNoLongerAnswersAndTheNewestYearInForceWins() {
        String old = api.createAndPublish(EducationApi.schoolDistrict("2025年学区划分公告", 2025,
                List.of(zone("龙沙区彩虹小学", "PRIMARY", List.of("龙华社区"), List.of()))));
        api.lookup("龙华社区").expectBody().jsonPath("$.matches[0].school").isEqualTo("龙沙区彩虹小学");

        String current = api.createAndPublish(EducationApi.schoolDistrict("2026年学区划分公告", 2026, map2026()));
        api.lookup("龙华社区").expectStatus().isOk().expectBody()
                .jsonPath("$.matches[0].school").isEqualTo("龙沙区正阳小学")
                .jsonPath("$.matches[0].noticeId").isEqualTo(current)
                .jsonPath("$.matches[?(@.noticeId=='" + old + "')]").doesNotExist();

        api.post(EDITOR, current, "withdraw", Map.of("reason", "学区调整方案重新论证")).expectStatus().isOk();
        api.lookup("龙华社区").expectBody().jsonPath("$.matches[0].school").isEqualTo("龙沙区彩虹小学")
                .jsonPath("$.matches[0].schoolYear").isEqualTo(2025);
    }

    @Test
    void aCorrectionReplacesTheMapOnceItIsPublished() {
        String first = api.createAndPublish(EducationApi.schoolDistrict("2026年学区划分公告", 2026,
                List.of(zone("龙沙区彩虹小学", "PRIMARY", List.of("明月社区"), List.of()))));
        String correction = EducationApi.body(api.post(EDITOR, first, "corrections").expectStatus().isCreated())
                .get("id").toString();
        web.put().uri("/api/education/notices/{id}", correction).headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(EducationApi.schoolDistrict("2026年学区划分公告（更正）", 2026,
                        List.of(zone("龙沙区正阳小学", "PRIMARY", List.of("明月社区"), List.of()))))
                .exchange().expectStatus().isOk();
        api.lookup("明月社区").expectBody().jsonPath("$.matches[0].school").isEqualTo("龙沙区彩虹小学");

        api.publish(correction);
        api.lookup("明月社区").expectBody().jsonPath("$.matches.length()").isEqualTo(1)
                .jsonPath("$.matches[0].school").isEqualTo("龙沙区正阳小学")
                .jsonPath("$.matches[0].noticeId").isEqualTo(correction);
    }

    @Test
    void theWholeMapInForceIsListed() {
        api.createAndPublish(EducationApi.schoolDistrict("2026年学区划分公告", 2026, map2026()));
        web.get().uri("/api/education/public/school-districts").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(5)
                .jsonPath("$[?(@.school=='龙沙区湖滨小学')].addresses[0]").isEqualTo("湖滨路单号1-99号");
    }

    @Test
    void aCommunityGivenToTwoSchoolsOfTheSameStageIsRefusedOnSubmit() {
        String id = api.create(EducationApi.schoolDistrict("有冲突的学区划分", 2026, List.of(
                zone("龙沙区正阳小学", "PRIMARY", List.of("龙华社区"), List.of()),
                zone("龙沙区彩虹小学", "PRIMARY", List.of("龙华社区"), List.of()),
                zone("龙沙区第一中学", "JUNIOR", List.of("龙华社区"), List.of()))));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("payload.schools[1].communities[0]")
                .jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("龙沙区正阳小学"));
    }

    @Test
    void anAddressSegmentTheLookupCannotReadIsRefusedOnSubmitShowingTheAcceptedForms() {
        String id = api.create(EducationApi.schoolDistrict("写法不规范的学区划分", 2026, List.of(
                zone("龙沙区正阳小学", "PRIMARY", List.of(), List.of("龙华路1号到99号的单号")))));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.schools[0].addresses[0]")
                .jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("龙华路1-199号"));
    }

    @Test
    void aSchoolWithNeitherCommunitiesNorAddressesIsRefusedOnSubmit() {
        String id = api.create(EducationApi.schoolDistrict("缺少学区范围", 2026, List.of(
                zone("龙沙区彩虹小学", "PRIMARY", List.of(), List.of()))));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.schools[0].covered')].reason")
                .isEqualTo("须列明该校服务的小区（社区）或地址段");
    }

    private String primarySchool(String address) {
        return EducationApi.body(api.lookup(address).expectStatus().isOk()).get("matches") instanceof List<?> list
                ? ((Map<?, ?>) list.get(0)).get("school").toString() : null;
    }
}
