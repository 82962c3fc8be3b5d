package org.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gongkai.api.testing.TestDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal API over real processes: the config server, the land and housing services with their demo data, and
 * the gateway; the other three sectors point at a closed port, so every merged answer must name them.
 */
class PortalThroughGatewayTest {

    @RegisterExtension
    static final SuiteExtension suite = SuiteExtension.today("land", "housing");

    @Test
    void theMergedFeedWalksBothSectorsAndNamesTheOnesThatAreDown() throws Exception {
        String first = awaitFeedWith("land:", "housing:");
        assertThat((String) JsonPath.read(first, "$.sectors.land.status")).isEqualTo("ok");
        assertThat((String) JsonPath.read(first, "$.sectors.housing.status")).isEqualTo("ok");
        assertThat((String) JsonPath.read(first, "$.sectors.relief.status")).isEqualTo("unavailable");

        // every page, by the cursor: each notice once, newest first
        List<String> all = new java.util.ArrayList<>();
        List<String> times = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String page = get("/api/portal/feed?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)).body();
            all.addAll(JsonPath.read(page, "$.items[*].id"));
            times.addAll(JsonPath.read(page, "$.items[*].publishedAt"));
            cursor = JsonPath.read(page, "$.nextCursor");
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(all).doesNotHaveDuplicates().anyMatch(id -> id.startsWith("land:"))
                .anyMatch(id -> id.startsWith("housing:"));
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aNoticeFromTheFeedVerifiesAndShowsItsHistoryThroughThePortal() throws Exception {
        String feed = awaitFeedWith("land:");
        List<String> landIds = JsonPath.read(feed, "$.items[?(@.sector=='land')].id");
        String id = landIds.get(0);
        List<String> digests = JsonPath.read(feed, "$.items[?(@.id=='" + id + "')].digest");
        String digest = digests.get(0);

        HttpResponse<String> verify = get("/api/portal/notices/" + id + "/verify?digest=" + digest);
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(verify.body(), "$.match")).isTrue();

        HttpResponse<String> history = get("/api/portal/notices/" + id + "/history");
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(history.body(), "$.id")).isEqualTo(id);
        assertThat((List<?>) JsonPath.read(history.body(), "$.versions")).isNotEmpty();
    }

    @Test
    void thePeriodCalculatorAnswersAnyDateAcrossHolidaysAndNamesAMissingYear() throws Exception {
        // Spring Festival 2025: Sun 01-26 is a make-up working day (1), 01-28..02-04 off, Wed 02-05 (3)
        HttpResponse<String> spring = get("/api/portal/calendar/period?start=2025-01-25&length=3&unit=WORKING_DAYS");
        assertThat(spring.statusCode()).as(spring.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(spring.body(), "$.firstDay")).isEqualTo("2025-01-26");
        assertThat((String) JsonPath.read(spring.body(), "$.lastDay")).isEqualTo("2025-02-05");
        assertThat((List<String>) JsonPath.read(spring.body(), "$.days[?(@.counted == false)].kind"))
                .containsExactly("WEEKEND", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY",
                        "HOLIDAY", "HOLIDAY");

        // the land pre-announcement's own rule (10 working days) across Mid-Autumn and National Day 2026
        HttpResponse<String> land = get("/api/portal/calendar/period?sector=land&type=PRE_ANNOUNCEMENT&start=2026-09-24");
        assertThat(land.statusCode()).as(land.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(land.body(), "$.lastDay")).isEqualTo("2026-10-14");
        assertThat((String) JsonPath.read(land.body(), "$.catalogRow")).isEqualTo("LAND-01");
        assertThat((List<String>) JsonPath.read(land.body(), "$.days[?(@.date == '2026-10-10')].note"))
                .containsExactly("国庆节调休上班（星期六），计入第7日");

        HttpResponse<String> missing = get("/api/portal/calendar/period?start=2026-12-24&length=7&unit=WORKING_DAYS");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat((Integer) JsonPath.read(missing.body(), "$.missingYear")).isEqualTo(2027);
        assertThat((String) JsonPath.read(missing.body(), "$.calendarFile")).isEqualTo("config/repo/calendars/2027.json");

        HttpResponse<String> bad = get("/api/portal/calendar/period?start=tomorrow&length=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(bad.body(), "$.errors[*].field")).containsExactly("start", "length", "unit");
    }

    @Test
    void everySectorSaysHowFarItsCalendarsReachInHealthAndStatistics() throws Exception {
        HttpResponse<String> health = suite.http().send(HttpRequest.newBuilder(
                URI.create(suite.url("land") + "/actuator/health/calendar")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.components.calendarRunway.details.coveredThrough"))
                .isEqualTo("2026-12-31");
        assertThat((String) JsonPath.read(health.body(), "$.components.calendarRunway.details.today"))
                .as("the process's clock starts on the test date").isEqualTo(TestDate.today().toString());

        awaitFeedWith("land:", "housing:");
        HttpResponse<String> stats = get("/api/portal/stats");
        assertThat((String) JsonPath.read(stats.body(), "$.calendars.land.coveredThrough")).isEqualTo("2026-12-31");
        assertThat((String) JsonPath.read(stats.body(), "$.calendars.housing.coveredThrough")).isEqualTo("2026-12-31");
    }

    @Test
    void catalogueStatisticsAndAtomComeFromTheRunningSectors() throws Exception {
        awaitFeedWith("land:", "housing:");
        HttpResponse<String> catalog = get("/api/portal/catalog?sector=land,housing");
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(catalog.body(), "$.rows[*].sector")).contains("land", "housing");

        HttpResponse<String> stats = get("/api/portal/stats");
        assertThat((Integer) JsonPath.read(stats.body(), "$.bySector.land")).isPositive();
        assertThat((String) JsonPath.read(stats.body(), "$.sectors.education.status")).isEqualTo("unavailable");

        HttpResponse<String> atom = get("/api/portal/atom?sector=land");
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
    }

    @Test
    void everyServiceDocumentsItsApiAndTheGatewayMergesThem() throws Exception {
        HttpResponse<String> land = suite.http().send(HttpRequest.newBuilder(URI.create(suite.url("land") + "/v3/api-docs"))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(land.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(land.body(), "$.paths['/api/land/public/feed'].get.summary"))
                .isEqualTo("公开公告信息流");

        HttpResponse<String> merged = get("/api/portal/openapi.json");
        assertThat(merged.statusCode()).isEqualTo(200);
        Map<String, Object> paths = JsonPath.read(merged.body(), "$.paths");
        assertThat(paths).containsKeys("/api/portal/feed", "/api/land/public/feed", "/api/housing/public/feed");
        assertThat((String) JsonPath.read(merged.body(), "$['x-sectors'].relief.status")).isEqualTo("unavailable");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    /** The demo data is written after start-up: wait until the feed lists both prefixes. */
    static String awaitFeedWith(String... prefixes) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get("/api/portal/feed?limit=100").body();
            String current = body;
            if (java.util.Arrays.stream(prefixes).allMatch(prefix -> current.contains("\"id\":\"" + prefix))) {
                return body;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the portal feed never listed " + String.join(", ", prefixes) + ": " + body);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return suite.http().send(HttpRequest.newBuilder(URI.create(suite.url("gateway") + path))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
