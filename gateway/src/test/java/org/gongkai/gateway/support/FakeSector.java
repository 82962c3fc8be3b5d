package org.gongkai.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;

import tools.jackson.databind.json.JsonMapper;

/**
 * A sector service on a MockWebServer. By default it serves its items as a real sector would (FeedItem.ORDER,
 * strictly after the cursor, at most limit); a test can replace the answer with anything, including garbage.
 */
public class FakeSector extends Dispatcher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile List<FeedItem> items = List.of();
    private volatile Function<RecordedRequest, MockResponse> answer = this::feedPage;
    private final java.util.Map<String, MockResponse> paths = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeSector(String name) {
        this.name = name;
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getPort();
    }

    /** Back to serving feed pages from no items, with no recorded requests. */
    public void reset() {
        items = List.of();
        answer = this::feedPage;
        paths.clear();
        requests.clear();
    }

    /** Adds a notice to what the feed serves, as publishing one would. */
    public synchronized void publish(FeedItem item) {
        List<FeedItem> more = new ArrayList<>(items);
        more.add(item);
        items = more.stream().sorted(FeedItem.ORDER).toList();
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

    public void serves(List<FeedItem> items) {
        this.items = items.stream().sorted(FeedItem.ORDER).toList();
        this.answer = this::feedPage;
    }

    public void answers(MockResponse response) {
        this.answer = request -> response;
    }

    public void answers(Function<RecordedRequest, MockResponse> answer) {
        this.answer = answer;
    }

    public void answersSlowly(long delayMillis) {
        this.answer = request -> json(new FeedPage(items, null)).setHeadersDelay(delayMillis, TimeUnit.MILLISECONDS);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public FeedItem item(String localId, Instant publishedAt) {
        return item(name, localId, publishedAt);
    }

    public static FeedItem item(String sector, String localId, Instant publishedAt) {
        return new FeedItem(sector + ":" + localId, sector, "TYPE", "类型", "公告 " + localId, "摘要", "230202001",
                "全社会", "PUBLISHED", "有效", publishedAt, null, null, "IN_PUBLICITY", 3, 1, "sha256:00");
    }

    public static MockResponse json(Object body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(JSON.writeValueAsString(body));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        MockResponse fixed = paths.get(request.getRequestUrl().encodedPath());
        return fixed != null ? fixed : answer.apply(request);
    }

    private MockResponse feedPage(RecordedRequest request) {
        if (!request.getPath().startsWith("/api/" + name + "/public/feed")) {
            return new MockResponse().setResponseCode(404);
        }
        String cursorToken = request.getRequestUrl().queryParameter("cursor");
        String limitParam = request.getRequestUrl().queryParameter("limit");
        int limit = limitParam == null ? 20 : Integer.parseInt(limitParam);
        FeedCursor cursor = cursorToken == null ? null : FeedCursor.decode(cursorToken);
        List<FeedItem> after = items.stream().filter(item -> cursor == null || cursor.isBefore(item)).toList();
        List<FeedItem> page = after.subList(0, Math.min(limit, after.size()));
        String next = after.size() > limit ? FeedCursor.after(page.get(page.size() - 1)).encode() : null;
        return json(new FeedPage(page, next));
    }
}
