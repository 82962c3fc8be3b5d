package org.gongkai.core.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.api.change.ChangePage;
import org.gongkai.api.change.NoticeChange;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The change log's promise to readers: one order for every instance sharing the store, and a reader that stops
 * anywhere — after a page it never stored, mid-walk, while notices are still being published — resumes from its
 * last stored token with every change once.
 */
@FixtureSectorTest
class ChangeLogResumeTest {

    static final LocalDate TODAY = SectorTestConfiguration.START;

    @Autowired
    WebTestClient client;

    @Autowired
    DemoScript demo;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    ChangeLogProperties properties;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Clock clock;

    @Test
    void whenTwoInstancesAppendAtOnceThenBothListEveryChangeOnceInTheSameOrder() {
        Notice notice = demo.published(ChangeFeedTest.draft("两个实例", "230202131001"), TODAY.minusDays(1), null).block();
        ChangeLog other = new ChangeLog(mongo, properties, clock);
        long start = head(changeLog);

        Flux.range(0, 120)
                .flatMap(i -> (i % 2 == 0 ? changeLog : other).append("pair-" + i + "#" + notice.id(), notice.id(),
                        "UPDATED"), 12)
                .blockLast();

        List<ChangeRecord> here = everythingAfter(changeLog, start);
        List<ChangeRecord> there = everythingAfter(other, start);
        assertThat(here).extracting(ChangeRecord::seq).isSorted().doesNotHaveDuplicates();
        assertThat(here).extracting(ChangeRecord::seq, ChangeRecord::key)
                .containsExactlyElementsOf(there.stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.seq(), r.key())).toList());
        assertThat(here).filteredOn(r -> r.key().startsWith("pair-")).extracting(ChangeRecord::key)
                .hasSize(120).doesNotHaveDuplicates();
    }

    @Test
    void whenAReaderIsKilledAnywhereThenItResumesFromItsStoredTokenWithoutLossOrRepeat() throws Exception {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            String region = "2302021320" + String.format("%02d", seed);
            String start = token();
            AtomicReference<Throwable> publishFailed = new AtomicReference<>();
            Thread publisher = new Thread(() -> {
                try {
                    for (int i = 0; i < 8; i++) {
                        demo.published(ChangeFeedTest.draft("续读" + i, region), TODAY.minusDays(8 - i), null).block();
                    }
                } catch (Throwable e) {
                    publishFailed.set(e);
                }
            });
            publisher.start();

            // the reader stores its token only with the page it applied; a kill loses the page it was holding
            String stored = start;
            List<String> applied = new ArrayList<>();
            boolean publishing = true;
            while (publishing || !caughtUp(stored)) {
                ChangePage page = page(stored, 1 + random.nextInt(5));
                if (random.nextInt(4) != 0) { // else killed before it stored anything: back with the token it had
                    page.changes().forEach(c -> applied.add(c.token()));
                    stored = page.next();
                }
                if (publishing && !publisher.isAlive()) {
                    assertThat(publishFailed.get()).isNull();
                    awaitRecorded(start, region, 8); // the recorder appends after the save: let it finish
                    publishing = false;
                }
            }

            List<String> expected = readAll(start).stream().map(NoticeChange::token).toList();
            assertThat(applied).as("seed %d", seed).containsExactlyElementsOf(expected);
            assertThat(expected).as("seed %d", seed).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    private List<NoticeChange> readAll(String start) {
        List<NoticeChange> all = new ArrayList<>();
        String next = start;
        ChangePage page;
        do {
            page = page(next, 1000);
            all.addAll(page.changes());
            next = page.next();
        } while (page.more());
        return all;
    }

    private void awaitRecorded(String start, String region, int publications) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (readAll(start).stream().filter(c -> region.equals(c.notice().region())).count() < publications) {
            assertThat(System.nanoTime()).as("%d publications in %s recorded", publications, region)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private boolean caughtUp(String token) {
        changeLog.settle().block();
        ChangePage page = page(token, 1);
        return page.changes().isEmpty() && !page.more();
    }

    private String token() {
        changeLog.settle().block();
        return changeLog.head().block().token();
    }

    private ChangePage page(String after, int limit) {
        return client.get().uri("/api/fixture/public/changes?limit=" + limit + "&after=" + after).exchange()
                .expectStatus().isOk().expectBody(ChangePage.class).returnResult().getResponseBody();
    }

    private static long head(ChangeLog log) {
        log.settle().block();
        return log.head().block().seq();
    }

    private static List<ChangeRecord> everythingAfter(ChangeLog log, long start) {
        log.settle().block();
        List<ChangeRecord> all = new ArrayList<>();
        long after = start;
        List<ChangeRecord> page;
        do {
            page = log.after(after, 50).block();
            all.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        } while (!page.isEmpty());
        return all;
    }
}
