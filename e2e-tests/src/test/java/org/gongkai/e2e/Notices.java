package org.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One sector's notices through the gateway, as its editor (who drafts, uploads and submits) and its reviewer (who
 * approves and publishes: never the author). The {@code create…} and {@code …Published} helpers assert each step
 * succeeded; the others return the answer as it came.
 */
final class Notices {

    private final SuiteExtension suite;
    private final String sector;
    private final String editor;
    private final String reviewer;

    Notices(SuiteExtension suite, String sector, String editor, String reviewer) {
        this.suite = suite;
        this.sector = sector;
        this.editor = editor;
        this.reviewer = reviewer;
    }

    /** The editor's new draft, as the sector answered. */
    HttpResponse<String> draft(String json) throws Exception {
        return suite.send("POST", "/api/" + sector + "/notices", editor, json);
    }

    /** The editor's new draft, which must be taken (201); its id. */
    String create(String json) throws Exception {
        HttpResponse<String> created = draft(json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.id");
    }

    /** The editor replaces the draft's content. */
    HttpResponse<String> revise(String id, String json) throws Exception {
        return suite.send("PUT", path(id), editor, json);
    }

    /** The editor submits the draft for review. */
    HttpResponse<String> submit(String id) throws Exception {
        return act(id, "submit", editor);
    }

    /** The reviewer approves it. */
    HttpResponse<String> approve(String id) throws Exception {
        return approve(id, reviewer);
    }

    /** Whoever {@code token} signs in approves it (the editor may not). */
    HttpResponse<String> approve(String id, String token) throws Exception {
        return act(id, "approve", token);
    }

    /** The reviewer publishes it. */
    HttpResponse<String> publish(String id) throws Exception {
        return act(id, "publish", reviewer);
    }

    /** The editor concludes it. */
    HttpResponse<String> conclude(String id) throws Exception {
        return act(id, "conclude", editor);
    }

    /** Submitted, approved and published, each step taken (200); the publication's answer. */
    HttpResponse<String> reviewedAndPublished(String id) throws Exception {
        approved(id);
        HttpResponse<String> published = publish(id);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return published;
    }

    /** Submitted and approved, each step taken (200). */
    void approved(String id) throws Exception {
        HttpResponse<String> submitted = submit(id);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> approved = approve(id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    /** A roster for the notice, as CSV text, uploaded by whoever {@code token} signs in. */
    HttpResponse<String> uploadCsv(String id, String token, String csv) throws Exception {
        return suite.upload(path(id) + "/rosters", token, "roster.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A roster file for the notice, streamed from disk, uploaded by the editor. */
    HttpResponse<String> upload(String id, Path file) throws Exception {
        return suite.upload(path(id) + "/rosters", editor, file);
    }

    /**
     * The portal's feed (50 newest) answers, names this sector ok and lists the notice (the gateway's read model
     * has it within a second; waited for up to 10 s here, the machine may be busy); the feed's answer.
     */
    HttpResponse<String> inPortalFeed(String id) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        HttpResponse<String> feed;
        do {
            feed = suite.send("GET", "/api/portal/feed?limit=50", null, null);
            assertThat(feed.statusCode()).isEqualTo(200);
        } while (!JsonPath.<List<String>>read(feed.body(), "$.items[*].id").contains(id)
                && System.nanoTime() < deadline && sleep());
        assertThat((String) JsonPath.read(feed.body(), "$.sectors." + sector + ".status")).isEqualTo("ok");
        assertThat(JsonPath.<List<String>>read(feed.body(), "$.items[*].id")).contains(id);
        return feed;
    }

    /**
     * Kills the sector while the portal answers: its notices stay in the portal's feed, detail, verification and
     * history (from the gateway's read model), the sector named unavailable; a write through the gateway is a 503.
     */
    void killedWhilePortalAnswers(String draft) throws Exception {
        String before = suite.send("GET", "/api/portal/feed?limit=5&sector=" + sector, null, null).body();
        List<String> ids = JsonPath.read(before, "$.items[*].id");
        suite.kill(sector);

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        HttpResponse<String> feed;
        do {
            feed = suite.send("GET", "/api/portal/feed?limit=20&sector=" + sector,
                    null, null);
            assertThat(feed.statusCode()).isEqualTo(200);
        } while (!"unavailable".equals(JsonPath.read(feed.body(), "$.sectors." + sector + ".status"))
                && System.nanoTime() < deadline && sleep());
        assertThat((String) JsonPath.read(feed.body(), "$.sectors." + sector + ".status")).isEqualTo("unavailable");
        assertThat(feed.body()).contains(ids);
        if (!ids.isEmpty()) {
            String id = ids.get(0);
            HttpResponse<String> detail = suite.send("GET", "/api/portal/notices/" + id, null, null);
            assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
            assertThat(detail.headers().firstValue("X-Sector-Status")).hasValue("unavailable");
            String digest = JsonPath.read(detail.body(), "$.digest");
            HttpResponse<String> verify = suite.send("GET", "/api/portal/notices/" + id + "/verify?digest=" + digest,
                    null, null);
            assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
            assertThat((Boolean) JsonPath.read(verify.body(), "$.match")).isTrue();
            HttpResponse<String> history = suite.send("GET", "/api/portal/notices/" + id + "/history", null, null);
            assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        }

        HttpResponse<String> write = draft(draft);
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(100);
        return true;
    }

    private HttpResponse<String> act(String id, String action, String token) throws Exception {
        return suite.send("POST", path(id) + "/" + action, token, null);
    }

    private String path(String id) {
        return "/api/" + sector + "/notices/" + id;
    }
}
