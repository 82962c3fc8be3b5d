package org.gongkai.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.relief.ReliefApi.EDITOR;
import static org.gongkai.relief.ReliefApi.FUQIANG;
import static org.gongkai.relief.ReliefApi.QIAN;
import static org.gongkai.relief.ReliefApi.SUN;
import static org.gongkai.relief.ReliefApi.THREE;
import static org.gongkai.relief.ReliefApi.ZHAO;
import static org.gongkai.relief.ReliefApi.with;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A relief roster is publicised within its village for the configured days, on the village board and on the
 * website: the audience filters the feed by the village's code but does not hide the roster from the website.
 */
@SectorIntegrationTest
class VillagePublicityTest extends SectorApiTest<ReliefApi> {

    VillagePublicityTest() {
        super(ReliefApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void aRosterIsPublicisedForSevenDaysToItsVillageAndIsOnTheWebsiteFeedWithMaskedIdNumbers() {
        String title = "富强村受灾人员冬春生活救助对象名单公示（七天）";
        String id = api.publishedRoster(title, THREE);

        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.audience").isEqualTo(FUQIANG)
                .jsonPath("$.region").isEqualTo(FUQIANG)
                .jsonPath("$.typeName").isEqualTo("受灾人员冬春生活救助对象名单")
                .jsonPath("$.period.start").isEqualTo("2026-11-02")
                .jsonPath("$.period.end").isEqualTo("2026-11-08")
                .jsonPath("$.period.phase").isEqualTo("IN_PUBLICITY")
                .jsonPath("$.roster.rows").isEqualTo(3);

        feed("230202102201", title).jsonPath("$.items[0].id").isEqualTo(id)
                .jsonPath("$.items[0].audience").isEqualTo(FUQIANG);
        feed("230202102", title).jsonPath("$.items[0].id").isEqualTo(id);
        feed(null, title).jsonPath("$.items[0].id").isEqualTo(id);
        feed(ReliefApi.XINMIN, title).jsonPath("$.items.length()").isEqualTo(0);

        String rows = api.publicRoster(id);
        assertThat(rows).contains("赵德胜", "\"2302**********" + ZHAO.idNumber().substring(14) + "\"", "口粮救助", "1500")
                .doesNotContain(ZHAO.idNumber()).doesNotContain(QIAN.idNumber()).doesNotContain(SUN.idNumber());
        web.get().uri("/api/relief/notices/{id}/roster", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].idNumber").isEqualTo(ZHAO.idNumber())
                .jsonPath("$[0].familySize").isEqualTo("3");

        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(0, 1));
        api.publicDetail(id).expectBody().jsonPath("$.period.phase").isEqualTo("ENDED");
    }

    @Test
    void aLocalityThatPublicisesForTenDaysAsksForTenButNoneMayGoBelowTheConfiguredSeven() {
        String ten = api.create(with(ReliefApi.roster("富强村救助对象名单（十天）", THREE), "publicityLength", 10));
        api.upload(ten, ReliefApi.rosterCsv(THREE)).expectStatus().isCreated();
        api.publish(ten);
        api.publicDetail(ten).expectBody().jsonPath("$.period.end").isEqualTo("2026-11-11");

        String six = api.create(with(ReliefApi.roster("富强村救助对象名单（六天）", THREE), "publicityLength", 6));
        api.upload(six, ReliefApi.rosterCsv(THREE)).expectStatus().isCreated();
        api.post(EDITOR, six, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='publicityLength')].reason")
                .value(r -> assertThat(r.toString()).contains("7"));
    }

    @Test
    void aRosterMustBeOneVillagesPostedToThatVillageWithAsManyHouseholdsAsRows() {
        Map<String, Object> street = new HashMap<>(ReliefApi.roster("湖滨街道救助对象名单（不以村为单位）", THREE));
        street.put("region", "230202102000");
        street.put("audience", "230202102000");
        String streetWide = api.create(street);
        api.upload(streetWide, ReliefApi.rosterCsv(THREE)).expectStatus().isCreated();
        api.post(EDITOR, streetWide, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='region')]").exists();

        web.post().uri("/api/relief/notices").headers(h -> h.setBearerAuth(EDITOR))
                .bodyValue(with(ReliefApi.roster("富强村救助对象名单（面向全社会）", THREE), "audience", "PUBLIC"))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='audience')]").exists();
        String wholeStreet = api.create(with(ReliefApi.roster("富强村救助对象名单（面向全街道）", THREE), "audience", "230202102"));
        api.upload(wholeStreet, ReliefApi.rosterCsv(THREE)).expectStatus().isCreated();
        api.post(EDITOR, wholeStreet, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='audience')].reason")
                .value(r -> assertThat(r.toString()).contains(FUQIANG));

        String miscounted = api.create(ReliefApi.roster("富强村救助对象名单（户数不符）", THREE));
        api.upload(miscounted, ReliefApi.rosterCsv(List.of(ZHAO, QIAN))).expectStatus().isCreated();
        api.post(EDITOR, miscounted, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.households')]").exists();

        String noRoster = api.create(ReliefApi.roster("富强村救助对象名单（未附名单）", THREE));
        api.post(EDITOR, noRoster, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='roster')]").exists();
    }

    @Test
    void aRosterWhoseAmountsDoNotAddUpToTheStatedTotalIsNotPublished() {
        Map<String, Object> draft = ReliefApi.roster("富强村救助对象名单（金额合计不符）", THREE);
        Map<String, Object> payload = new HashMap<>((Map<String, Object>) draft.get("payload"));
        payload.put("totalAmount", 9999);
        String id = api.create(with(draft, "payload", payload));
        api.upload(id, ReliefApi.rosterCsv(THREE)).expectStatus().isCreated();
        api.review(id);
        api.post(ReliefApi.BUREAU, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.totalAmount')].reason")
                .value(r -> assertThat(r.toString()).contains("4700").contains("9999"));
        api.publicDetail(id).expectStatus().isNotFound();
    }

    @Test
    void submittingWithoutTheRequiredElementsListsEachOne() {
        String id = api.create(with(ReliefApi.roster("富强村救助对象名单（缺要素）", THREE), "payload",
                Map.of("village", "富强村")));
        api.upload(id, ReliefApi.rosterCsv(THREE)).expectStatus().isCreated();
        api.post(EDITOR, id, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.disasterEvent')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.reliefStandard')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.households')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.totalAmount')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.objectionMethod')]").exists();
    }

    private WebTestClient.BodyContentSpec feed(String region, String title) {
        return web.get().uri(u -> {
            u.path("/api/relief/public/feed").queryParam("q", title);
            if (region != null) {
                u.queryParam("region", region);
            }
            return u.build();
        }).exchange().expectStatus().isOk().expectBody();
    }
}
