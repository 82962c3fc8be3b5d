package org.gongkai.gateway.readmodel;

import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import org.gongkai.api.Sectors;
import org.gongkai.api.change.ChangePage;
import org.gongkai.api.change.NoticeChange;
import org.gongkai.api.change.SnapshotPage;
import org.gongkai.gateway.portal.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;

/**
 * Follows one sector's public change feed into the read model: a snapshot walk when it has no token yet, then the
 * change feed from the snapshot's token, each request held open by the sector for up to {@code long-poll} when nothing
 * is new. The token moves only after a page is applied, so a tail stopped anywhere resumes without a gap; a
 * change seen twice is ignored by its version. A failing sector is retried with growing pauses (up to
 * {@code retryMax}) and named unavailable meanwhile; its notices stay in the model.
 */
final class ChangeFeedTail {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedTail.class);
    private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private final PortalProperties.Sector sector;
    private final ReadModelProperties properties;
    private final PortalReadModel model;
    private final SectorSync sync;
    private final WebClient client;
    private final Clock clock;
    private volatile Disposable running;

    ChangeFeedTail(PortalProperties.Sector sector, ReadModelProperties properties, PortalReadModel model,
            WebClient.Builder builder, Clock clock) {
        this.sector = sector;
        this.properties = properties;
        this.model = model;
        this.sync = model.sync(sector.name());
        this.clock = clock;
        ConnectionProvider pool = ConnectionProvider.builder("read-model-" + sector.name()).maxConnections(2).build();
        HttpClient http = HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) sector.connectTimeout().toMillis())
                .responseTimeout(properties.longPoll().plus(sector.timeout()).plusSeconds(10));
        this.client = builder.clone().baseUrl(sector.url().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
                .build();
    }

    void start() {
        running = Mono.defer(this::step)
                .doOnError(this::failed)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(properties.retryMax()))
                .repeat()
                .subscribe();
    }

    void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
    }

    /** One request: the next snapshot page while loading, otherwise the next changes. */
    Mono<Void> step() {
        if (!sync.loaded()) {
            return snapshot(sync.snapshotCursor()).doOnNext(this::applySnapshot).then();
        }
        boolean hold = sync.caughtUp();
        return changes(sync.token(), hold ? properties.longPoll() : Duration.ZERO)
                .flatMap(page -> {
                    applyChanges(page);
                    return page.changes().isEmpty() && !page.more()
                            ? Mono.delay(properties.idleDelay()).then() : Mono.<Void>empty();
                });
    }

    private void applySnapshot(SnapshotPage page) {
        page.notices().forEach(this::apply);
        sync.snapshotPage(page.token(), page.cursor(), page.asOf(), clock.instant());
        if (page.cursor() == null) {
            log.info("read model: {} loaded from its snapshot ({} public notices in the model)", sector.name(),
                    model.entries().size());
        }
    }

    private void applyChanges(ChangePage page) {
        page.changes().forEach(this::apply);
        sync.changesPage(page.next(), page.more(), page.asOf(), clock.instant());
    }

    /** A change breaking the contract stops the page before anything of it moves the token. */
    private void apply(NoticeChange change) {
        if (change.noticeId() == null || !sector.name().equals(org.gongkai.api.FeedItem.sectorOf(change.noticeId()))
                || change.item() == null || change.item().publishedAt() == null || change.notice() == null) {
            throw new BrokenContract("sector " + sector.name() + " sent a change it cannot have made: "
                    + change.noticeId());
        }
        model.apply(sector.name(), change);
        sync.changed(change.at());
    }

    private Mono<SnapshotPage> snapshot(String cursor) {
        return client.get().uri(builder -> {
            builder.path("/api/{sector}" + Sectors.SNAPSHOT_PATH).queryParam("limit", properties.pageSize());
            if (cursor != null) {
                builder.queryParam("cursor", "{cursor}");
                return builder.build(sector.name(), cursor);
            }
            return builder.build(sector.name());
        }).retrieve().bodyToMono(SnapshotPage.class);
    }

    private Mono<ChangePage> changes(String after, Duration wait) {
        return client.get().uri(builder -> {
            builder.path("/api/{sector}" + Sectors.CHANGES_PATH).queryParam("limit", properties.pageSize())
                    .queryParam("wait", wait.toSeconds());
            if (after != null) {
                builder.queryParam("after", "{after}");
                return builder.build(sector.name(), after);
            }
            return builder.build(sector.name());
        }).retrieve().bodyToMono(ChangePage.class);
    }

    private static final class BrokenContract extends RuntimeException {
        BrokenContract(String message) {
            super(message);
        }
    }

    private void failed(Throwable error) {
        String reason;
        if (error instanceof WebClientResponseException answer) {
            reason = "板块答复 HTTP " + answer.getStatusCode().value();
        } else if (error instanceof BrokenContract || error instanceof org.springframework.core.codec.CodecException
                || error instanceof org.springframework.web.reactive.function.UnsupportedMediaTypeException
                || error.getCause() instanceof org.springframework.core.codec.CodecException) {
            reason = "板块返回的数据无法识别";
        } else {
            reason = "无法连接板块服务";
        }
        if (error instanceof WebClientResponseException answer && answer.getStatusCode().value() == 400
                && sync.loaded()) {
            // the sector does not know our token (its log was rebuilt): start again from its snapshot
            log.warn("read model: {} refused token {}; reloading from its snapshot", sector.name(), sync.token());
            sync.forget();
            model.dropSector(sector.name());
        }
        log.warn("read model: {} failed: {}", sector.name(), error.toString());
        sync.failed(reason);
    }
}
