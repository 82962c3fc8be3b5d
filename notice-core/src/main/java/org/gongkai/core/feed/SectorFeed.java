package org.gongkai.core.feed;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.PublicChange;
import org.gongkai.core.time.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The sector's public feed: listed, proactive notices, newest first by (publishedAt, id), keyset-paged with the
 * cursor every sector shares. Pages are cached and dropped on any public change, because the embedded store scans
 * on every query.
 */
@Component
public class SectorFeed {

    private final ReactiveMongoTemplate mongo;
    private final FeedItems items;
    private final Clock clock;
    private final AsyncCache<FeedQuery, FeedPage> cache = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterWrite(Duration.ofMinutes(5)).buildAsync();

    public SectorFeed(ReactiveMongoTemplate mongo, FeedItems items, Clock clock) {
        this.mongo = mongo;
        this.items = items;
        this.clock = clock;
    }

    public Mono<FeedPage> page(FeedQuery query) {
        // the phase filter depends on today's date, so cached phase pages must not outlive the day
        FeedQuery key = query;
        return Mono.fromFuture(() -> cache.get(key, (k, executor) -> load(k).toFuture()));
    }

    @EventListener
    void onPublicChange(PublicChange change) {
        cache.synchronous().invalidateAll();
    }

    /** Dropped at midnight too: phases and days-left move with the date. */
    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    private Mono<FeedPage> load(FeedQuery query) {
        Query q = new Query(criteria(query)).with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("_id")))
                .limit(query.limit() + 1);
        return mongo.find(q, Notice.class).map(items::of).collectList().map(list -> toPage(list, query.limit()));
    }

    private static FeedPage toPage(List<FeedItem> list, int limit) {
        if (list.size() <= limit) {
            return new FeedPage(list, null);
        }
        List<FeedItem> page = list.subList(0, limit);
        return new FeedPage(page, FeedCursor.after(page.get(limit - 1)).encode());
    }

    private Criteria criteria(FeedQuery query) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").in(NoticeStatus.LISTED));
        all.add(Criteria.where("disclosure").is(Disclosure.PROACTIVE));
        all.add(Criteria.where("publishedAt").ne(null));
        if (query.type() != null) {
            all.add(Criteria.where("type").is(query.type()));
        }
        if (query.region() != null) {
            all.add(Criteria.where("region").regex("^" + Pattern.quote(query.region())));
        }
        if (query.keyword() != null) {
            all.add(Criteria.where("searchText").regex(Pattern.quote(query.keyword().toLowerCase())));
        }
        if (query.from() != null) {
            all.add(Criteria.where("publishedAt").gte(query.from().atStartOfDay(Zones.SHANGHAI).toInstant()));
        }
        if (query.to() != null) {
            all.add(Criteria.where("publishedAt").lt(query.to().plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant()));
        }
        if (query.phase() != null) {
            all.add(phase(query));
        }
        if (query.cursor() != null) {
            FeedCursor c = query.cursor();
            all.add(new Criteria().orOperator(Criteria.where("publishedAt").lt(c.publishedAt()),
                    new Criteria().andOperator(Criteria.where("publishedAt").is(c.publishedAt()),
                            Criteria.where("_id").lt(c.id()))));
        }
        return new Criteria().andOperator(all);
    }

    private Criteria phase(FeedQuery query) {
        LocalDate today = LocalDate.now(clock);
        return switch (query.phase()) {
            case SCHEDULED -> Criteria.where("period.start").gt(today);
            case IN_PUBLICITY -> new Criteria().andOperator(Criteria.where("period.start").lte(today),
                    Criteria.where("period.end").gte(today), Criteria.where("status").is(NoticeStatus.PUBLISHED));
            case ENDED -> new Criteria().orOperator(Criteria.where("period.end").lt(today),
                    Criteria.where("status").ne(NoticeStatus.PUBLISHED));
        };
    }
}
