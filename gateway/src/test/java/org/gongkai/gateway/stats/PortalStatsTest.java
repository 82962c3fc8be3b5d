package org.gongkai.gateway.stats;

import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.time.Clock;
import okhttp3.mockwebserver.MockResponse;
import org.gongkai.api.CalendarRunway;
import org.gongkai.api.FeedItem;
import org.gongkai.api.PublicNotice;
import org.springframework.beans.factory.annotation.Autowired;
import org.gongkai.api.SectorStats;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

public class PortalStatsTest extends PortalTestBase {

    public static SectorStats landStats() {
        return new SectorStats("land", "征地拆迁", Instant.parse("2026-11-02T01:00:00Z"), 5, 2, 1,
                Map.of("PRE_ANNOUNCEMENT", 3, "APPROVAL", 2), Map.of("PRE_ANNOUNCEMENT", "征收土地预公告", "APPROVAL", "征地批文"),
                Map.of("230202001001", 3, "230202001002", 1, "230202002001", 1), Map.of("2026-10", 4, "2026-11", 1),
                new SectorStats.Objections(4, 1, 1, 2, 1, 0),
                new CalendarRunway(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), 213, List.of(2025, 2026), null));
    }

    public static SectorStats housingStats() {
        return new SectorStats("housing", "住房保障", Instant.parse("2026-11-02T02:00:00Z"), 3, 1, 0,
                Map.of("LOTTERY_RESULT", 3), Map.of("LOTTERY_RESULT", "实物配租抽签结果"),
                Map.of("230202001003", 3), Map.of("2026-11", 3), new SectorStats.Objections(1, 0, 0, 1, 0, 0),
                new CalendarRunway(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 31), 29, List.of(2026),
                        "节假日日历只覆盖到2026-12-31，还剩29天"));
    }

    @Autowired
    Clock clock;

    /** Three land notices (one withdrawn) and one housing notice, with objections, in the read model. */
    private void publishNotices() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        land.publish(item("land", "a1", "PRE_ANNOUNCEMENT", "征收土地预公告", "230202001001",
                "2026-10-05T01:00:00Z", today.minusDays(2), today.plusDays(3)),
                n -> FakeSector.with(n, false, new PublicNotice.Objections(3, 2, 1, 0, 1,
                        List.of(today.minusDays(1), today.plusDays(3)), List.of())));
        land.publish(item("land", "a2", "PRE_ANNOUNCEMENT", "征收土地预公告", "230202001002",
                "2026-10-20T01:00:00Z", today.minusDays(30), today.minusDays(20)), n -> FakeSector.with(n, true, n.objections()));
        land.publish(item("land", "a3", "APPROVAL", "征地批文", "230202002001", "2026-11-01T01:00:00Z", null, null),
                n -> FakeSector.with(n, false, new PublicNotice.Objections(1, 0, 0, 1, 0, List.of(), List.of())));
        land.withdraw("land:a3");
        housing.publish(item("housing", "h1", "LOTTERY_RESULT", "实物配租抽签结果", "230202001003",
                "2026-11-02T02:00:00Z", today, today.plusDays(5)),
                n -> FakeSector.with(n, false, new PublicNotice.Objections(1, 0, 0, 1, 0, List.of(), List.of())));
    }

    @Test
    void whenSectorsHaveNoticesThenTheirStatisticsAreCountedFromTheReadModelWithRegionsCutToTheAskedLevel() {
        land.on("/api/land/public/stats", FakeSector.json(landStats()));
        housing.on("/api/housing/public/stats", FakeSector.json(housingStats()));
        publishNotices();

        client.get().uri("/api/portal/stats").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.notices").isEqualTo(3)
                .jsonPath("$.inPublicity").isEqualTo(2)
                .jsonPath("$.publishedLate").isEqualTo(1)
                .jsonPath("$.bySector.land").isEqualTo(2)
                .jsonPath("$.bySector.housing").isEqualTo(1)
                .jsonPath("$.regionDigits").isEqualTo(9)
                .jsonPath("$.byRegion['230202001']").isEqualTo(3)
                .jsonPath("$.byRegion['230202002']").doesNotExist()
                .jsonPath("$.byMonth['2026-10']").isEqualTo(2)
                .jsonPath("$.byMonth['2026-11']").isEqualTo(1)
                .jsonPath("$.byType[0].type").isEqualTo("PRE_ANNOUNCEMENT")
                .jsonPath("$.byType[0].typeName").isEqualTo("征收土地预公告")
                .jsonPath("$.byType[?(@.type=='LOTTERY_RESULT')].sector").isEqualTo(List.of("housing"))
                // objections to every public notice, the withdrawn one's too
                .jsonPath("$.objections.filed").isEqualTo(5)
                .jsonPath("$.objections.pending").isEqualTo(2)
                .jsonPath("$.objections.upheld").isEqualTo(1)
                .jsonPath("$.objections.dismissed").isEqualTo(2)
                .jsonPath("$.objections.answeredLate").isEqualTo(1)
                .jsonPath("$.objections.overdue").isEqualTo(1)
                .jsonPath("$.objectionsBySector.housing.dismissed").isEqualTo(1)
                .jsonPath("$.generatedAt").isEqualTo("2026-11-02T02:00:00Z")
                .jsonPath("$.calendars.land.coveredThrough").isEqualTo("2026-12-31")
                .jsonPath("$.calendars.land.daysLeft").isEqualTo(213)
                .jsonPath("$.calendars.housing.daysLeft").isEqualTo(29)
                .jsonPath("$.calendarWarnings.length()").isEqualTo(1)
                .jsonPath("$.calendarWarnings[0]").isEqualTo("住房保障：节假日日历只覆盖到2026-12-31，还剩29天");

        client.get().uri("/api/portal/stats?regionDigits=6").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.byRegion['230202']").isEqualTo(3);
    }

    @Test
    void whenASectorIsDownThenItIsStillCountedAndNamedUnavailable() {
        land.on("/api/land/public/stats", FakeSector.json(landStats()));
        housing.on("/api/housing/public/stats", FakeSector.json(housingStats()));
        publishNotices();
        housing.changeFeedAnswers(new MockResponse().setResponseCode(500));
        housing.on("/api/housing/public/stats", new MockResponse().setResponseCode(500));
        awaitStatus("housing", "unavailable");

        client.get().uri("/api/portal/stats").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.notices").isEqualTo(3)
                .jsonPath("$.bySector.housing").isEqualTo(1)
                .jsonPath("$.sectors.housing.status").isEqualTo("unavailable")
                .jsonPath("$.sectors.housing.asOf").isEqualTo("2026-11-02T02:00:00Z")
                .jsonPath("$.sectors.land.status").isEqualTo("ok");
    }

    private static FeedItem item(String sector, String localId, String type, String typeName, String region,
            String publishedAt, LocalDate start, LocalDate end) {
        return new FeedItem(sector + ":" + localId, sector, type, typeName, "公告 " + localId, "摘要", region, "全社会",
                "PUBLISHED", "有效", Instant.parse(publishedAt), start, end, null, null, 1, "sha256:00");
    }

    @Test
    void statisticsAnswerNotModifiedToAConditionalGet() {
        land.on("/api/land/public/stats", FakeSector.json(landStats()));
        housing.on("/api/housing/public/stats", FakeSector.json(housingStats()));
        publishNotices();
        String etag = client.get().uri("/api/portal/stats").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();

        client.get().uri("/api/portal/stats").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified();
        assertThat(etag).startsWith("W/\"");
    }

    @Test
    void regionDigitsMustBeADivisionLevel() {
        client.get().uri("/api/portal/stats?regionDigits=7").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("regionDigits");
    }
}
