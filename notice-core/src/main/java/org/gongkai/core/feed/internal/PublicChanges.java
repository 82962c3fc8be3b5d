package org.gongkai.core.feed.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.gongkai.api.PublicNotice;
import org.gongkai.api.change.ChangeKind;
import org.gongkai.api.change.ChangePage;
import org.gongkai.api.change.NoticeChange;
import org.gongkai.api.change.SnapshotPage;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.PublicNotices;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The public change feed and the snapshot it starts from, as {@link ChangePage} and {@link SnapshotPage}: each
 * entry carries the notice's public form as it reads now (the notice's version tells a reader which copy is newer).
 */
@Component
public class PublicChanges {

    private final ChangeLog log;
    private final ReactiveMongoTemplate mongo;
    private final PublicNotices publicNotices;
    private final FeedItems items;
    private final Clock clock;
    private final LongPolls longPolls;

    PublicChanges(ChangeLog log, ReactiveMongoTemplate mongo, PublicNotices publicNotices, FeedItems items,
            Clock clock, LongPolls longPolls) {
        this.longPolls = longPolls;
        this.log = log;
        this.mongo = mongo;
        this.publicNotices = publicNotices;
        this.items = items;
        this.clock = clock;
    }

    /** The changes after {@code after}; with nothing new, waits up to {@code wait} for the next one. */
    public Mono<ChangePage> after(ChangeLog.Position after, int limit, Duration wait) {
        return read(after, limit).flatMap(page -> {
            if (!page.changes().isEmpty() || page.more() || wait.isZero()) {
                return Mono.just(page);
            }
            Mono<Long> next = log.settledMoves().filter(seq -> seq > after.seq()).next()
                    .timeout(wait, Mono.just(after.seq()));
            return Mono.firstWithSignal(next, longPolls.closing().thenReturn(after.seq()))
                    .then(Mono.defer(() -> read(after, limit)));
        });
    }

    private Mono<ChangePage> read(ChangeLog.Position after, int limit) {
        java.time.Instant asOf = clock.instant();
        return log.after(after.seq(), limit + 1).flatMap(records -> {
            boolean more = records.size() > limit;
            List<ChangeRecord> page = more ? records.subList(0, limit) : records;
            String next = page.isEmpty() ? after.token()
                    : new ChangeLog.Position(after.epoch(), page.get(page.size() - 1).seq()).token();
            List<String> ids = new ArrayList<>(new LinkedHashSet<>(page.stream().filter(r -> !r.hole())
                    .map(ChangeRecord::noticeId).toList()));
            return notices(ids).map(byId -> {
                LocalDate today = LocalDate.now(clock);
                List<NoticeChange> changes = new ArrayList<>();
                for (ChangeRecord r : page) {
                    Rendered n = r.hole() ? null : byId.get(r.noticeId());
                    if (n != null) {
                        changes.add(change(new ChangeLog.Position(after.epoch(), r.seq()).token(),
                                ChangeKind.valueOf(r.kind()), r.at(), n, today));
                    }
                }
                return new ChangePage(changes, next, more, asOf);
            });
        });
    }

    /**
     * Every public notice (listed or not) in id order after {@code cursor}, with the change feed's position read
     * before the page: whatever changed after it comes again in the feed.
     */
    public Mono<SnapshotPage> snapshot(String cursor, int limit) {
        return log.head().flatMap(head -> {
            java.time.Instant asOf = clock.instant();
            Criteria visible = Criteria.where("disclosure").is(Disclosure.PROACTIVE).and("publishedAt").ne(null)
                    .and("status").in(NoticeStatus.PUBLIC);
            if (cursor != null) {
                visible = visible.and("_id").gt(cursor);
            }
            Query query = Query.query(visible).with(Sort.by("_id")).limit(limit + 1);
            return mongo.find(query, Notice.class).collectList().flatMap(found -> {
                boolean more = found.size() > limit;
                List<Notice> page = more ? found.subList(0, limit) : found;
                return publicNotices.render(page).collectList().map(rendered -> {
                    LocalDate today = LocalDate.now(clock);
                    List<NoticeChange> notices = new ArrayList<>();
                    for (int i = 0; i < page.size(); i++) {
                        notices.add(change(head.token(), ChangeKind.SNAPSHOT, asOf,
                                new Rendered(page.get(i), rendered.get(i)), today));
                    }
                    return new SnapshotPage(notices, more ? page.get(page.size() - 1).id() : null, head.token(),
                            asOf);
                });
            });
        });
    }

    private record Rendered(Notice notice, PublicNotice view) {
    }

    private Mono<Map<String, Rendered>> notices(List<String> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        // one lookup by key each: a query by a list of ids would scan the embedded store
        return Flux.fromIterable(ids).flatMapSequential(id -> mongo.findById(id, Notice.class), 8)
                .filter(Notice::isPublic).collectList()
                .flatMap(found -> publicNotices.render(found).collectList().map(views -> {
                    Map<String, Rendered> byId = new HashMap<>();
                    for (int i = 0; i < found.size(); i++) {
                        byId.put(found.get(i).id(), new Rendered(found.get(i), views.get(i)));
                    }
                    return byId;
                }));
    }

    private NoticeChange change(String token, ChangeKind kind, java.time.Instant at, Rendered r, LocalDate today) {
        Notice n = r.notice();
        FeedEntry entry = items.entry(n);
        boolean listed = n.isPublic() && NoticeStatus.LISTED.contains(n.status());
        return new NoticeChange(token, kind, at, n.id(), entry.version(), listed, entry.item(today),
                entry.searchText(), r.view());
    }
}
