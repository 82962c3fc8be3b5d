package org.gongkai.bench;

import java.util.List;
import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;
import org.gongkai.core.feed.internal.FeedItems;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * BENCHMARK ONLY: the first feed page read straight from the store, as the feed did before its read model, so the
 * benchmark can put the store's raw query rate beside the feed's; and a trivial endpoint for the HTTP stack alone.
 */
@Hidden
@RestController
@ConditionalOnExpression("${gongkai.bench.seed:0} > 0")
@RequestMapping("/api/${gongkai.sector.name}/public/bench")
class BenchStoreController {

    private final ReactiveMongoTemplate mongo;
    private final FeedItems items;

    BenchStoreController(ReactiveMongoTemplate mongo, FeedItems items) {
        this.mongo = mongo;
        this.items = items;
    }

    /** A trivial answer that touches nothing, to measure the HTTP stack (and the gateway's route) alone. */
    @GetMapping("/ping")
    Mono<String> ping() {
        return Mono.just("pong");
    }

    @GetMapping("/store-feed")
    Mono<FeedPage> storeFeed(@RequestParam(defaultValue = "20") int limit) {
        Query query = new Query(Criteria.where("status").in(NoticeStatus.LISTED).and("disclosure")
                .is(Disclosure.PROACTIVE).and("publishedAt").ne(null))
                .with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("_id"))).limit(limit + 1);
        return mongo.find(query, Notice.class).map(items::of).collectList().map(list -> page(list, limit));
    }

    private static FeedPage page(List<FeedItem> list, int limit) {
        if (list.size() <= limit) {
            return new FeedPage(list, null);
        }
        List<FeedItem> page = list.subList(0, limit);
        return new FeedPage(page, FeedCursor.after(page.get(limit - 1)).encode());
    }
}
