package org.gongkai.core.roster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which process works on an upload, and the truth about uploads whose process died: at start-up every upload this
 * instance (same host and port) left {@code PROCESSING} in an earlier run is marked {@code FAILED} at once, and
 * every minute any upload whose worker has not reported for {@link #SILENT_FOR} is, whoever ran it. The uploader
 * then sees the failure and can upload again.
 */
@Component
class UploadWorker {

    static final Duration SILENT_FOR = Duration.ofMinutes(2);
    static final String INTERRUPTED = "处理过程中服务中断，本次上传未完成，未保留任何数据，请重新上传";
    private static final Logger log = LoggerFactory.getLogger(UploadWorker.class);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final String run = UUID.randomUUID().toString();
    private final String configuredName;
    private volatile String name;

    UploadWorker(ReactiveMongoTemplate mongo, Clock clock,
            @Value("${gongkai.instance-name:}") String configuredName) {
        this.mongo = mongo;
        this.clock = clock;
        this.configuredName = configuredName;
    }

    String name() {
        return name != null ? name : configuredName;
    }

    String run() {
        return run;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "");
        name = configuredName.isBlank() ? host() + ":" + port : configuredName;
        failInterrupted(Criteria.where("worker").is(name).and("workerRun").ne(run)).subscribe(n -> {
            if (n > 0) {
                log.warn("{} roster upload(s) interrupted by the last stop of this instance marked FAILED", n);
            }
        }, e -> log.warn("could not mark interrupted roster uploads failed; the minute check will", e));
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void failSilent() {
        failInterrupted(Criteria.where("heartbeatAt").lt(clock.instant().minus(SILENT_FOR)))
                .onErrorResume(e -> Mono.just(0L)).subscribe();
    }

    /** Marks the matching PROCESSING uploads FAILED; the housekeeping pass removes the rows they had staged. */
    Mono<Long> failInterrupted(Criteria which) {
        Instant now = clock.instant();
        Query query = Query.query(Criteria.where("state").is(RosterUpload.State.PROCESSING).andOperator(which));
        return mongo.find(query, RosterUpload.class)
                .concatMap(upload -> mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(upload.id()).and("state")
                                .is(RosterUpload.State.PROCESSING)),
                        new Update().set("state", RosterUpload.State.FAILED).set("finishedAt", now)
                                .set("problems", List.of(RowProblem.ofFile(INTERRUPTED))).set("problemCount", 1),
                        RosterUpload.class)
                        .map(r -> r.getModifiedCount()))
                .reduce(0L, Long::sum);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
