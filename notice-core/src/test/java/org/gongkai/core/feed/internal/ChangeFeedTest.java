package org.gongkai.core.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureApi;
import fixture.sector.FixtureSectorApplication;
import fixture.sector.FixtureSectorTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.gongkai.api.change.ChangeKind;
import org.gongkai.api.change.ChangePage;
import org.gongkai.api.change.NoticeChange;
import org.gongkai.api.change.SnapshotPage;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.notice.NoticeService;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The sector's public change feed: every public change in order, each with the notice's public form, resumable
 * from any token with no gap and no repeat; the snapshot it starts from; holes left by a writer that died.
 */
@FixtureSectorTest
class ChangeFeedTest {

    static final LocalDate TODAY = SectorTestConfiguration.START;

    @Autowired
    WebTestClient client;

    @Autowired
    DemoScript demo;

    @Autowired
    NoticeService notices;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    ChangeRecorder recorder;

    @Autowired
    LongPolls longPolls;

    @Test
    void whenNoticesArePublishedCorrectedWithdrawnAndObjectedToThenEachChangeIsListedOnceInOrder() {
        String region = "230202121001";
        String start = latest();
        Notice first = publish("公示一", region, TODAY.minusDays(2));
        Notice second = publish("公示二", region, TODAY.minusDays(1));
        Notice corrected = demo.corrected(first, draft("公示一（更正）", region), TODAY, null).block();
        notices.withdraw(demo.editor(region), second.id(), "信息有误，撤回").block();
        demo.objection(corrected, TODAY, "张三", "13800000000", "名单有误", false).block();

        List<NoticeChange> mine = readUntil(start, 2, corrected.id(), ChangeKind.UPDATED).stream()
                .filter(c -> c.notice().region().equals(region)).toList();
        assertThat(mine).extracting(NoticeChange::noticeId, NoticeChange::kind).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple(first.id(), ChangeKind.PUBLISHED),
                org.assertj.core.groups.Tuple.tuple(second.id(), ChangeKind.PUBLISHED),
                org.assertj.core.groups.Tuple.tuple(corrected.id(), ChangeKind.CORRECTED),
                org.assertj.core.groups.Tuple.tuple(second.id(), ChangeKind.WITHDRAWN),
                org.assertj.core.groups.Tuple.tuple(corrected.id(), ChangeKind.UPDATED));
        assertThat(mine).extracting(NoticeChange::kind).contains(ChangeKind.SUPERSEDED);
        assertThat(mine).extracting(NoticeChange::token).doesNotHaveDuplicates();
        // each change says when it was made, not when it was recorded
        assertThat(mine.stream().filter(c -> c.noticeId().equals(first.id()) && c.kind() == ChangeKind.PUBLISHED)
                .findFirst().orElseThrow().at()).isEqualTo(first.publishedAt());

        NoticeChange withdrawn = last(mine, second.id());
        assertThat(withdrawn.listed()).isFalse();
        assertThat(withdrawn.notice().withdrawalReason()).isEqualTo("信息有误，撤回");
        NoticeChange superseded = last(mine, first.id());
        assertThat(superseded.listed()).isFalse();
        assertThat(superseded.notice().supersededBy()).isEqualTo(corrected.id());
        NoticeChange objected = last(mine, corrected.id());
        assertThat(objected.listed()).isTrue();
        assertThat(objected.notice().objections().filed()).isEqualTo(1);
        assertThat(objected.notice().versions()).extracting(v -> v.id()).containsExactly(first.id(), corrected.id());
        assertThat(objected.item().title()).isEqualTo("公示一（更正）");
        assertThat(objected.searchText()).contains("公示一");
        // nobody's name or number in a public answer
        assertThat(objected.toString()).doesNotContain("张三", "13800000000");
    }

    @Test
    void startingFromAnyTokenGivesExactlyTheChangesAfterIt() {
        String region = "230202122001";
        String start = latest();
        Notice last = null;
        for (int i = 0; i < 6; i++) {
            last = publish("续读" + i, region, TODAY.minusDays(6 - i));
        }
        List<NoticeChange> all = readUntil(start, 100, last.id(), ChangeKind.PUBLISHED).stream()
                .filter(c -> c.notice().region().equals(region)).toList();
        assertThat(all).hasSize(6);
        List<NoticeChange> everything = readAll(start, 100);
        for (int cut = 0; cut < everything.size(); cut++) {
            // small pages from every position: the rest, in order, each once
            assertThat(readAll(everything.get(cut).token(), 2)).extracting(NoticeChange::token)
                    .containsExactlyElementsOf(everything.subList(cut + 1, everything.size()).stream()
                            .map(NoticeChange::token).toList());
        }
    }

    @Test
    void aNumberDrawnButNeverWrittenIsPassedAfterTheSettleWindowAndALateWriterDrawsAgain() {
        String region = "230202123001";
        String start = latest();
        // a writer draws a number and dies before writing its entry
        long dead = mongo.findAndModify(Query.query(Criteria.where("_id").is("log")), new Update().inc("seq", 1L),
                org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), Document.class,
                ChangeLog.COUNTER).map(d -> ((Number) d.get("seq")).longValue()).block();
        Notice after = publish("死掉的写入之后", region, TODAY.minusDays(1));

        // the feed waits for the missing number, then passes it as a hole: the change after it shows
        List<NoticeChange> changes = readUntil(start, 100, after.id(), ChangeKind.PUBLISHED);
        ChangeRecord hole = mongo.findById(dead, ChangeRecord.class).block();
        assertThat(hole.hole()).isTrue();

        // the dead writer comes back: its insert under that number fails, and it records under a new one
        mongo.insert(new ChangeRecord(dead, "late-writer", after.id(), "UPDATED", java.time.Instant.parse("2026-01-01T00:00:00Z"), false))
                .onErrorResume(org.springframework.dao.DuplicateKeyException.class, e -> reactor.core.publisher.Mono.empty())
                .block();
        assertThat(mongo.findById(dead, ChangeRecord.class).block().hole()).isTrue();
        changeLog.append("late-writer", after.id(), "UPDATED").block();
        String resumed = changes.get(changes.size() - 1).token();
        assertThat(readUntil(resumed, 100, after.id(), ChangeKind.UPDATED)).singleElement()
                .satisfies(c -> assertThat(Long.parseLong(c.token().substring(c.token().indexOf('.') + 1)))
                        .isGreaterThan(dead));
    }

    @Test
    void theSameChangeRecordedTwiceIsListedOnce() {
        String region = "230202124001";
        Notice notice = publish("记两次", region, TODAY.minusDays(1));
        String start = latest();
        changeLog.append("twice#" + notice.id(), notice.id(), "UPDATED").block();
        changeLog.append("twice#" + notice.id(), notice.id(), "UPDATED").block();
        changeLog.append("after#" + notice.id(), notice.id(), "UPDATED").block();

        assertThat(readAll(start, 100)).filteredOn(c -> c.noticeId().equals(notice.id()))
                .filteredOn(c -> c.kind() == ChangeKind.UPDATED).hasSize(2);
    }

    @Test
    void theSnapshotListsEveryPublicNoticeOnceWithTheTokenToFollowFrom() {
        String region = "230202125001";
        Notice listed = publish("快照一", region, TODAY.minusDays(2));
        Notice withdrawn = publish("快照二", region, TODAY.minusDays(1));
        notices.withdraw(demo.editor(region), withdrawn.id(), "撤回").block();
        demo.inReview(draft("未发布", region), TODAY, null).block();

        List<NoticeChange> all = new ArrayList<>();
        String cursor = null;
        String token = null;
        do {
            SnapshotPage page = client.get().uri("/api/fixture/public/snapshot?limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor)).exchange().expectStatus().isOk()
                    .expectBody(SnapshotPage.class).returnResult().getResponseBody();
            token = token == null ? page.token() : token;
            all.addAll(page.notices());
            cursor = page.cursor();
        } while (cursor != null);

        assertThat(all).extracting(NoticeChange::noticeId).doesNotHaveDuplicates().isSorted();
        List<NoticeChange> mine = all.stream().filter(c -> c.notice().region().equals(region)).toList();
        assertThat(mine).extracting(NoticeChange::noticeId).containsExactlyInAnyOrder(listed.id(), withdrawn.id());
        assertThat(mine).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.SNAPSHOT));
        assertThat(last(mine, withdrawn.id()).listed()).isFalse();

        // what is published after the snapshot comes in the change feed from its token
        Notice later = publish("快照之后", region, TODAY);
        readUntil(token, 100, later.id(), ChangeKind.PUBLISHED);
    }

    @Test
    void badParametersAreProblemsListingEveryOneAndAForeignTokenIsRefused() {
        client.get().uri("/api/fixture/public/changes?limit=0&wait=99&after=nonsense").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'limit')]").exists()
                .jsonPath("$.errors[?(@.field == 'wait')]").exists()
                .jsonPath("$.errors[?(@.field == 'after')]").exists();
        client.get().uri("/api/fixture/public/changes?after=0000deadbeef.3").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat(r.toString()).contains("快照"));
    }

    @Test
    void aCaughtUpReaderWaitsForTheNextChange() {
        String region = "230202126001";
        String start = latest();
        new Thread(() -> {
            sleep(300);
            publish("等来的公示", region, TODAY);
        }).start();
        ChangePage page = page("/api/fixture/public/changes?wait=10&after=" + start);
        assertThat(page.changes()).extracting(c -> c.notice().title()).contains("等来的公示");
    }

    @Test
    void whenANoticeIsConcludedThenItsConclusionIsListedAndItStaysInFeeds() {
        String region = "230202127001";
        Notice published = publish("将结束的公示", region, TODAY.minusDays(40));
        String start = latest();
        demo.concluded(published, TODAY).block();

        NoticeChange concluded = last(readUntil(start, 100, published.id(), ChangeKind.CONCLUDED), published.id());
        assertThat(concluded.listed()).isTrue();
        assertThat(concluded.item().status()).isEqualTo("CONCLUDED");
    }

    @Test
    void whenARostersPublicPeriodEndsThenItsRetirementIsListedOnce() {
        byte[] roster = (fixture.sector.FixtureApi.HEADER + "王大山,"
                + org.gongkai.core.privacy.IdNumbers.withCheckDigit("23020219800108123") + ",第三村民小组,水田,1.50,63000,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        NoticeDraft withRoster = new NoticeDraft("FX-04", "补偿明细（到期）", "<p>补偿明细</p>",
                Map.of("projectName", "测试项目", "village", "大民村", "totalAmount", 100000), FixtureApi.COUNTY,
                FixtureApi.DAMIN, Disclosure.PROACTIVE, null, TODAY.minusDays(10), null, null);
        Notice published = demo.published(withRoster, TODAY.minusDays(1), roster).block();
        LocalDate lastDay = notices.get(demo.editor(FixtureApi.COUNTY), published.id()).block().roster().publicUntil();
        String start = latest();

        recorder.retireRosters(lastDay).block();
        recorder.retireRosters(lastDay).block(); // the morning job run twice: recorded once

        List<NoticeChange> retired = readUntil(start, 100, published.id(), ChangeKind.ROSTER_RETIRED).stream()
                .filter(c -> c.kind() == ChangeKind.ROSTER_RETIRED).toList();
        assertThat(retired).singleElement().satisfies(c -> assertThat(c.noticeId()).isEqualTo(published.id()));
    }

    @Test
    void whenTheServiceStopsThenAHeldRequestIsAnsweredAtOnce() throws Exception {
        String start = latest();
        java.util.concurrent.CompletableFuture<ChangePage> held = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> page("/api/fixture/public/changes?wait=30&after=" + start));
        sleep(300);
        assertThat(held).isNotDone();
        long stopping = System.nanoTime();
        longPolls.stop();
        try {
            ChangePage page = held.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(page.changes()).isEmpty();
            assertThat(page.next()).isEqualTo(start);
            assertThat(System.nanoTime() - stopping).as("answered before its 30 s were up")
                    .isLessThan(5_000_000_000L);
        } finally {
            longPolls.start();
        }
    }

    @Test
    void theFeedIsInTheOpenApi() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/fixture/public/changes'].get.summary").isEqualTo("公开变更流")
                .jsonPath("$.paths['/api/fixture/public/snapshot'].get.summary").isEqualTo("公开公告快照");
    }

    private String latest() {
        // settle first, so that the token is after everything recorded so far
        changeLog.settle().block();
        return changeLog.head().block().token();
    }

    /** Every change after {@code token} now, paging by {@code limit}. */
    private List<NoticeChange> readAll(String token, int limit) {
        List<NoticeChange> all = new ArrayList<>();
        String next = token;
        ChangePage page;
        do {
            page = page("/api/fixture/public/changes?limit=" + limit + "&after=" + next);
            all.addAll(page.changes());
            assertThat(page.next()).isNotNull();
            next = page.next();
        } while (page.more());
        return all;
    }

    /** Reads every change after {@code token} until one of {@code noticeId} of {@code kind} is among them (5 s). */
    private List<NoticeChange> readUntil(String token, int limit, String noticeId, ChangeKind kind) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            List<NoticeChange> all = readAll(token, limit);
            if (all.stream().anyMatch(c -> c.noticeId().equals(noticeId) && c.kind() == kind)) {
                return all;
            }
            assertThat(System.nanoTime()).as("no %s of %s after %s", kind, noticeId, token).isLessThan(deadline);
            sleep(50);
        }
    }

    private ChangePage page(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(ChangePage.class).returnResult()
                .getResponseBody();
    }

    private static NoticeChange last(List<NoticeChange> changes, String id) {
        return changes.stream().filter(c -> c.noticeId().equals(id)).reduce((a, b) -> b).orElseThrow();
    }

    private Notice publish(String title, String region, LocalDate day) {
        return demo.published(draft(title, region), day, null).block();
    }

    static NoticeDraft draft(String title, String region) {
        return new NoticeDraft("FX-01", title, "<p>正文</p>", Map.of("note", "无"), region,
                FixtureSectorApplication.audience("FX-01", region), Disclosure.PROACTIVE, null, TODAY.minusDays(10),
                null, null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
