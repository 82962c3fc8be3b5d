package org.gongkai.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.gongkai.api.FeedItem;
import org.gongkai.api.PublicNotice;
import org.gongkai.api.change.ChangeKind;
import org.gongkai.api.change.ChangePage;
import org.gongkai.api.change.NoticeChange;
import org.gongkai.api.change.SnapshotPage;

import tools.jackson.databind.json.JsonMapper;

/**
 * A sector service on a MockWebServer. It keeps a public change log as a real sector does and serves its change
 * feed ({@code /public/changes}, tokens {@code <epoch>.<n>}) and snapshot ({@code /public/snapshot}); replacing
 * everything it serves ({@link #serves}) starts a new epoch, whose snapshot is the new truth and whose feed refuses
 * older tokens (400), as a sector whose log was rebuilt would. Other paths answer whatever a test sets.
 */
public class FakeSector extends Dispatcher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<NoticeChange> log = new ArrayList<>();
    private final Map<String, NoticeChange> current = new LinkedHashMap<>();
    private volatile int epoch;
    private volatile Function<RecordedRequest, MockResponse> answer = request -> new MockResponse().setResponseCode(404);
    private volatile Function<RecordedRequest, MockResponse> changeAnswer;
    private volatile Consumer<FakeSector> afterChange = sector -> { };
    private final Map<String, MockResponse> paths = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the fake sector says its clock reads (tests never read the machine's clock). */
    static final Instant SECTOR_CLOCK = Instant.parse("2026-06-01T08:00:00Z");

    public FakeSector(String name) {
        this.name = name;
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + server.getPort();
    }

    /** Called after every change this sector makes (the test base waits there until the gateway has it). */
    public void afterChange(Consumer<FakeSector> hook) {
        this.afterChange = hook;
    }

    /** A new epoch with nothing public, default answers and no recorded requests. */
    public void reset() {
        synchronized (this) {
            epoch++;
            log.clear();
            current.clear();
        }
        answer = request -> new MockResponse().setResponseCode(404);
        changeAnswer = null;
        paths.clear();
        requests.clear();
    }

    /** Publishes a notice, as a sector would: one PUBLISHED change. */
    public void publish(FeedItem item) {
        publish(item, notice -> notice);
    }

    /** Publishes a notice whose public detail is {@link #notice(FeedItem)} with {@code edit} applied. */
    public void publish(FeedItem item, java.util.function.UnaryOperator<PublicNotice> edit) {
        record(ChangeKind.PUBLISHED, item, true, edit.apply(notice(item)));
        afterChange.accept(this);
    }

    /** Replaces everything this sector serves with {@code items} (a new epoch), and waits like a change. */
    public void serves(List<FeedItem> items) {
        synchronized (this) {
            epoch++;
            log.clear();
            current.clear();
            items.forEach(item -> record(ChangeKind.PUBLISHED, item, true));
        }
        afterChange.accept(this);
    }

    /** Withdraws a notice: it leaves feeds, and stays readable by id. */
    public void withdraw(String globalId) {
        change(globalId, ChangeKind.WITHDRAWN, item -> withStatus(item, "WITHDRAWN"), false);
    }

    /** Any change to a published notice: a new version of it with {@code edit} applied. */
    public void change(String globalId, ChangeKind kind, java.util.function.UnaryOperator<FeedItem> edit,
            boolean listed) {
        NoticeChange before;
        synchronized (this) {
            before = current.get(globalId);
        }
        if (before == null) {
            throw new IllegalArgumentException("not published here: " + globalId);
        }
        FeedItem after = edit.apply(before.item());
        PublicNotice was = before.notice();
        // what the item does not say (objections, lateness) stays as it was
        record(kind, after, listed, with(notice(after), was.late(), was.objections()));
        afterChange.accept(this);
    }

    /** The token of the newest change, or null when there is none. */
    public synchronized String latestToken() {
        return log.isEmpty() ? null : log.get(log.size() - 1).token();
    }

    /** The token an empty log answers with in this epoch. */
    public String emptyToken() {
        return epoch + ".0";
    }

    /** Answers {@code path} (without query) with {@code response}, whatever the default answer is. */
    public void on(String path, MockResponse response) {
        paths.put(path, response);
    }

    /** Stops the server: from now on nothing listens on its port. */
    public void kill() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What paths other than the change feed answer. */
    public void answers(MockResponse response) {
        this.answer = request -> response;
    }

    public void answers(Function<RecordedRequest, MockResponse> answer) {
        this.answer = answer;
    }

    /** What the change feed and snapshot answer instead of the log (garbage, errors, delays); null: the log. */
    public void changeFeedAnswers(MockResponse response) {
        this.changeAnswer = response == null ? null : request -> response;
    }

    public void answersSlowly(long delayMillis) {
        Function<RecordedRequest, MockResponse> before = answer;
        this.answer = request -> before.apply(request).setHeadersDelay(delayMillis, TimeUnit.MILLISECONDS);
    }

    /** The requests other than the gateway's change-feed and snapshot reads. */
    public List<RecordedRequest> requests() {
        return requests.stream().filter(request -> !isChangeFeed(request)).toList();
    }

    /** The gateway's change-feed and snapshot reads. */
    public List<RecordedRequest> changeFeedRequests() {
        return requests.stream().filter(FakeSector::isChangeFeed).toList();
    }

    private static boolean isChangeFeed(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        return path.endsWith("/public/changes") || path.endsWith("/public/snapshot");
    }

    public FeedItem item(String localId, Instant publishedAt) {
        return item(name, localId, publishedAt);
    }

    public static FeedItem item(String sector, String localId, Instant publishedAt) {
        return new FeedItem(sector + ":" + localId, sector, "TYPE", "类型", "公告 " + localId, "摘要", "230202001",
                "全社会", "PUBLISHED", "有效", publishedAt, null, null, null, null, 1, "sha256:00");
    }

    /** The public detail a sector would serve for {@code item}. */
    public static PublicNotice notice(FeedItem item) {
        PublicNotice.Period period = item.publicityEnd() == null ? null : new PublicNotice.Period(
                item.publicityStart(), item.publicityEnd(), "7 个自然日", item.phase(), item.daysLeft());
        return new PublicNotice(item.id(), item.sector(), item.type(), item.typeName(), "ROW", item.title(),
                "<p>" + item.summary() + "</p>", Map.of(), item.region(), item.audience(), item.status(), item.status(),
                item.validity(), item.validity(), item.publishedAt(), period, null, false, item.version(), null, null,
                null, item.digest(), "/api/" + item.sector() + "/public/notices/" + item.id() + "/canonical", null,
                List.of(), List.of(new PublicNotice.Version(item.id(), item.version(), item.status(),
                        item.publishedAt())),
                List.of(new PublicNotice.Step("发布", item.publishedAt(), null)),
                PublicNotice.Objections.NONE, Map.of());
    }

    /** {@code n} with another lateness and objection summary. */
    public static PublicNotice with(PublicNotice n, boolean late, PublicNotice.Objections objections) {
        return new PublicNotice(n.id(), n.sector(), n.type(), n.typeName(), n.catalogRow(), n.title(), n.body(),
                n.payload(), n.region(), n.audience(), n.status(), n.statusName(), n.validity(), n.validityName(),
                n.publishedAt(), n.period(), n.dueBy(), late, n.revision(), n.previousId(), n.supersededBy(),
                n.withdrawalReason(), n.digest(), n.canonicalUrl(), n.roster(), n.attachments(), n.versions(),
                n.history(), objections, n.records());
    }

    public static MockResponse json(Object body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(JSON.writeValueAsString(body));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        String path = request.getRequestUrl().encodedPath();
        MockResponse fixed = paths.get(path);
        if (fixed != null) {
            return fixed;
        }
        boolean changes = path.equals("/api/" + name + "/public/changes");
        boolean snapshot = path.equals("/api/" + name + "/public/snapshot");
        if (changes || snapshot) {
            Function<RecordedRequest, MockResponse> instead = changeAnswer;
            if (instead != null) {
                return instead.apply(request);
            }
            return changes ? changesPage(request) : snapshotPage(request);
        }
        return answer.apply(request);
    }

    private void record(ChangeKind kind, FeedItem item, boolean listed) {
        record(kind, item, listed, notice(item));
    }

    private synchronized void record(ChangeKind kind, FeedItem item, boolean listed, PublicNotice notice) {
        int version = current.containsKey(item.id()) ? (int) current.get(item.id()).version() + 1 : 1;
        String token = epoch + "." + (log.size() + 1);
        NoticeChange change = new NoticeChange(token, kind, item.publishedAt(), item.id(), version, listed, item,
                (item.title() + " " + item.summary()).toLowerCase(Locale.ROOT), notice);
        log.add(change);
        current.put(item.id(), change);
    }

    private static FeedItem withStatus(FeedItem item, String status) {
        return new FeedItem(item.id(), item.sector(), item.type(), item.typeName(), item.title(), item.summary(),
                item.region(), item.audience(), status, item.validity(), item.publishedAt(), item.publicityStart(),
                item.publicityEnd(), item.phase(), item.daysLeft(), item.version(), item.digest());
    }

    private synchronized MockResponse changesPage(RecordedRequest request) {
        String after = request.getRequestUrl().queryParameter("after");
        int limit = limit(request, 100);
        int from = 0;
        if (after != null) {
            String[] parts = after.split("\\.");
            if (parts.length != 2 || Integer.parseInt(parts[0]) != epoch) {
                return new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/problem+json")
                        .setBody("{\"title\":\"游标无效\"}");
            }
            from = Integer.parseInt(parts[1]);
        }
        List<NoticeChange> page = log.subList(Math.min(from, log.size()), Math.min(from + limit, log.size()));
        String next = page.isEmpty() ? (after != null ? after : epoch + ".0") : page.get(page.size() - 1).token();
        return json(new ChangePage(List.copyOf(page), next, from + page.size() < log.size(), SECTOR_CLOCK));
    }

    private synchronized MockResponse snapshotPage(RecordedRequest request) {
        String cursor = request.getRequestUrl().queryParameter("cursor");
        int limit = limit(request, 500);
        List<NoticeChange> all = current.values().stream().sorted(Comparator.comparing(NoticeChange::noticeId))
                .filter(change -> cursor == null || change.noticeId().compareTo(cursor) > 0).toList();
        List<NoticeChange> page = all.subList(0, Math.min(limit, all.size()));
        String next = all.size() > limit ? page.get(page.size() - 1).noticeId() : null;
        String token = log.isEmpty() ? epoch + ".0" : log.get(log.size() - 1).token();
        return json(new SnapshotPage(page, next, token, SECTOR_CLOCK));
    }

    private static int limit(RecordedRequest request, int fallback) {
        String value = request.getRequestUrl().queryParameter("limit");
        return value == null ? fallback : Integer.parseInt(value);
    }
}
