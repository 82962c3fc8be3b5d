package org.gongkai.gateway.portal;

import org.gongkai.api.FeedItem;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.gateway.problem.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The unified public API over every sector. */
@RestController
@RequestMapping("/api/portal")
public class PortalController {

    private final PortalFeedService feeds;
    private final SectorClients clients;

    public PortalController(PortalFeedService feeds, SectorClients clients) {
        this.feeds = feeds;
        this.clients = clients;
    }

    /** Answers 200 even when sectors fail; {@code sectors} in the body names each one's status. */
    @GetMapping("/feed")
    public Mono<PortalFeed> feed(FeedRequest request) {
        return Mono.fromSupplier(() -> FeedQuery.of(request, clients.names()))
                .flatMap(feeds::feed);
    }

    /** The owning sector's notice (the prefix of the global id), relayed as the sector answered. */
    @GetMapping("/notices/{globalId}")
    public Mono<ResponseEntity<byte[]>> notice(@PathVariable String globalId) {
        return Mono.fromSupplier(() -> owningSector(globalId))
                .flatMap(client -> client.notice(globalId))
                .onErrorMap(SectorUnavailableException.class, this::unavailableProblem);
    }

    private SectorClient owningSector(String globalId) {
        String sector = FeedItem.sectorOf(globalId);
        return clients.find(sector).orElseThrow(() -> new ProblemException(
                GatewayProblems.notFound("没有找到公告「" + globalId + "」：编号前缀不是已知的板块")));
    }

    private ProblemException unavailableProblem(SectorUnavailableException error) {
        String title = clients.find(error.sector()).map(SectorClient::title).orElse(error.sector());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(GatewayProblems.RETRY_AFTER_SECONDS));
        return new ProblemException(GatewayProblems.sectorUnavailable(error.sector(),
                "「" + title + "」板块暂时无法访问（" + error.reason() + "），请稍后再试"), headers);
    }
}
