package org.gongkai.housing.street;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.api.problem.FieldProblem;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A street has one list of each kind per batch: a second one in review or published would leave the public two
 * versions of who is eligible. Changing a published list is a correction, which may replace its predecessor.
 * Checked on submit and again before publishing (another list may have been submitted meanwhile).
 */
@Component
class OneListPerStreetAndBatch implements NoticeRules {

    /** A list counts from submission on; drafts, refused, withdrawn and superseded versions do not. */
    static final Set<NoticeStatus> LIVE = EnumSet.of(NoticeStatus.IN_REVIEW, NoticeStatus.APPROVED,
            NoticeStatus.PUBLISHED, NoticeStatus.CONCLUDED, NoticeStatus.ARCHIVED);

    private final StreetBatchLists lists;

    OneListPerStreetAndBatch(StreetBatchLists lists) {
        this.lists = lists;
    }

    @Override
    public Mono<List<FieldProblem>> beforeSubmit(Notice notice) {
        return others(notice);
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        return others(notice);
    }

    private Mono<List<FieldProblem>> others(Notice notice) {
        String batch = lists.streetAndBatch(notice).batch();
        if (batch == null || batch.isBlank()) {
            return Mono.just(List.of());
        }
        List<String> exempt = new ArrayList<>(List.of(notice.id()));
        if (notice.previousId() != null) {
            exempt.add(notice.previousId());
        }
        return lists.find(notice.type(), notice.region(), batch, LIVE, exempt).take(1)
                .map(other -> duplicate(other, batch)).collectList();
    }

    private static FieldProblem duplicate(Notice other, String batch) {
        return FieldProblem.of("payload.batch", "本街道「" + batch + "」已有一份名单（" + other.title() + "，"
                + other.status().displayName() + "，编号" + other.id() + "），同一街道同一批次只能有一份；如需修改，请对该名单提交更正");
    }
}
