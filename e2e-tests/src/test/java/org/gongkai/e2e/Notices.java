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

    /** Page sizes no other call of the suite asks the portal for. */
    private static final java.util.concurrent.atomic.AtomicInteger UNASKED_LIMITS =
            new java.util.concurrent.atomic.AtomicInteger(31);

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

    /** The portal's feed (50 newest) answers, names this sector ok and lists the notice; the feed's answer. */
    HttpResponse<String> inPortalFeed(String id) throws Exception {
        HttpResponse<String> feed = suite.send("GET", "/api/portal/feed?limit=50", null, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(feed.body(), "$.sectors." + sector + ".status")).isEqualTo("ok");
        assertThat(JsonPath.<List<String>>read(feed.body(), "$.items[*].id")).contains(id);
        return feed;
    }

    /**
     * Kills the sector: the portal feed still answers 200 naming it unavailable, and the editor's new draft gets a
     * 503 problem from the gateway. The feed is asked for a page size no earlier call asked for (the gateway may
     * have served earlier classes), so no last good answer of the sector stands in for it.
     */
    void killedWhilePortalAnswers(String draft) throws Exception {
        suite.kill(sector);

        HttpResponse<String> feed = suite.send("GET", "/api/portal/feed?limit=" + UNASKED_LIMITS.getAndIncrement(),
                null, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(feed.body(), "$.sectors." + sector + ".status")).isEqualTo("unavailable");

        HttpResponse<String> write = draft(draft);
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private HttpResponse<String> act(String id, String action, String token) throws Exception {
        return suite.send("POST", path(id) + "/" + action, token, null);
    }

    private String path(String id) {
        return "/api/" + sector + "/notices/" + id;
    }
}
