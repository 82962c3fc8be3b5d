package org.gongkai.gateway.portal;

import org.gongkai.gateway.readmodel.PortalReadModel;
import org.gongkai.gateway.web.PortalResponses;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The merged feed, answered from the read model ({@link PortalReadModel}): no sector is called, so a query costs
 * the same whatever it filters on, and a sector that is down stays readable, named lagging or unavailable with the
 * time its notices are from. Keyset paging over one index: walking every page gives each listed notice exactly
 * once, in order; notices published during the walk are newer than the cursor and never push an item into a repeat.
 */
@Service
public class PortalFeedService {

    private final PortalReadModel model;
    private final PortalResponses responses;

    public PortalFeedService(PortalReadModel model, PortalResponses responses) {
        this.model = model;
        this.responses = responses;
    }

    /** The page as JSON, ready to send (cacheable by clients only when every sector is up to date). */
    public Mono<PortalResponses.Rendered> rendered(FeedQuery query) {
        return feed(query).map(feed -> responses.render(feed, feed.complete()));
    }

    public Mono<PortalFeed> feed(FeedQuery query) {
        return Mono.fromSupplier(() -> model.page(query));
    }
}
