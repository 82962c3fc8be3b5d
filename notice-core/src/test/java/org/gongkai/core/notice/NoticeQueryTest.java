package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class NoticeQueryTest {

    @Test
    void whenOnlyPublicNoticesAreAskedForThenADraftStatusIsDroppedAndUnpublishedOnesAreExcluded() {
        Document query = NoticeQuery.ofType("LOTTERY_RESULT").inStatus(Set.of(NoticeStatus.PUBLISHED,
                NoticeStatus.DRAFT)).publicOnly().toStoreQuery().getQueryObject();

        assertThat(query.get("type")).isEqualTo("LOTTERY_RESULT");
        assertThat(statuses(query)).containsExactly((Object) NoticeStatus.PUBLISHED);
        assertThat(query.get("disclosure")).isEqualTo(Disclosure.PROACTIVE);
        assertThat(query.get("publishedAt", Document.class)).containsEntry("$ne", null);
    }

    @Test
    void whenAPayloadValueRegionAndExclusionsAreGivenThenEachBecomesACondition() {
        Document query = NoticeQuery.ofType("ELIGIBLE_LIST").inRegion("230202001000").withPayload("batch", "2026-1")
                .except(List.of("housing:1")).toStoreQuery().getQueryObject();

        assertThat(query).containsEntry("region", "230202001000").containsEntry("payload.batch", "2026-1");
        assertThat(query.get("_id", Document.class).get("$nin", Collection.class)).containsExactly("housing:1");
        assertThat(query).doesNotContainKey("status").doesNotContainKey("disclosure");
    }

    @Test
    void whenOldestFirstIsAskedThenPublicationOrderComesBeforeId() {
        Document sort = NoticeQuery.notices().oldestPublishedFirst().toStoreQuery().getSortObject();
        assertThat(sort.keySet()).containsExactly("publishedAt", "_id");
        assertThat(sort.get("publishedAt")).isEqualTo(1);
    }

    @Test
    void theCacheKeyIsTheSameForTheSameConditionsInAnyOrderAndDiffersWithAnyCondition() {
        String key = NoticeQuery.ofType("ELIGIBLE_LIST").inRegion("230202001000").withPayload("batch", "2026-1")
                .withPayload("street", "五龙街道").inStatus(List.of(NoticeStatus.PUBLISHED, NoticeStatus.CONCLUDED))
                .publicOnly().key();

        assertThat(NoticeQuery.ofType("ELIGIBLE_LIST").publicOnly().inStatus(List.of(NoticeStatus.CONCLUDED,
                NoticeStatus.PUBLISHED)).withPayload("street", "五龙街道").withPayload("batch", "2026-1")
                .inRegion("230202001000").key()).isEqualTo(key);
        assertThat(NoticeQuery.ofType("ELIGIBLE_LIST").inRegion("230202002000").withPayload("batch", "2026-1")
                .withPayload("street", "五龙街道").inStatus(List.of(NoticeStatus.PUBLISHED, NoticeStatus.CONCLUDED))
                .publicOnly().key()).isNotEqualTo(key);
        assertThat(NoticeQuery.ofType("LOTTERY_RESULT").inRegion("230202001000").withPayload("batch", "2026-1")
                .withPayload("street", "五龙街道").inStatus(List.of(NoticeStatus.PUBLISHED, NoticeStatus.CONCLUDED))
                .publicOnly().key()).isNotEqualTo(key);
        assertThat(NoticeQuery.ofType("ELIGIBLE_LIST").inRegion("230202001000").withPayload("batch", "2026-2")
                .withPayload("street", "五龙街道").inStatus(List.of(NoticeStatus.PUBLISHED, NoticeStatus.CONCLUDED))
                .publicOnly().key()).isNotEqualTo(key);
    }

    private static Collection<Object> statuses(Document query) {
        @SuppressWarnings("unchecked")
        Collection<Object> in = query.get("status", Document.class).get("$in", Collection.class);
        return in;
    }
}
