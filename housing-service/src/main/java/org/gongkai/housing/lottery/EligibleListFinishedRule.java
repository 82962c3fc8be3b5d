package org.gongkai.housing.lottery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.objection.Objection;
import org.gongkai.core.objection.ObjectionFinder;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.housing.notice.HousingNoticeTypes;
import org.gongkai.housing.notice.HousingPayloads.LotteryResult;
import org.gongkai.housing.street.StreetBatchLists;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A lottery result draws from the street's eligible-family list for the same batch, so it is published only after
 * that list has finished its publicity with every objection answered and none upheld (an upheld one needs a
 * corrected list and a new publicity first): 经公示无异议或者异议不成立的，方可参加抽签 (《公共租赁住房管理办法》第九条).
 */
@Component
class EligibleListFinishedRule implements NoticeRules {

    /** The list in force: published and not replaced by a correction or withdrawn. */
    static final Set<NoticeStatus> IN_FORCE = EnumSet.of(NoticeStatus.PUBLISHED, NoticeStatus.CONCLUDED,
            NoticeStatus.ARCHIVED);

    private final StreetBatchLists lists;
    private final ObjectionFinder objections;
    private final PayloadReader payloads;
    private final Clock clock;

    EligibleListFinishedRule(StreetBatchLists lists, ObjectionFinder objections, PayloadReader payloads,
            Clock clock) {
        this.lists = lists;
        this.objections = objections;
        this.payloads = payloads;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(HousingNoticeTypes.LOTTERY_RESULT);
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice result) {
        LotteryResult lottery = payloads.readFields(result, LotteryResult.class);
        String batch = lottery.batch();
        if (batch == null || batch.isBlank()) {
            return Mono.just(List.of());
        }
        return lists.find(HousingNoticeTypes.ELIGIBLE_LIST, result.region(), batch, IN_FORCE, List.of())
                .next()
                .flatMap(list -> objections.onNotice(list.id()).collectList()
                        .map(filed -> problems(result, lottery, list, filed)))
                .defaultIfEmpty(List.of(FieldProblem.of("payload.batch", "本街道「" + batch
                        + "」的抽签家庭名单尚未公示：须先公示名单，公示期满且无异议或异议不成立后，方可公示抽签结果")));
    }

    private List<FieldProblem> problems(Notice result, LotteryResult lottery, Notice list, List<Objection> filed) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate listEnds = list.period().end();
        LocalDate start = LotteryDates.publicationStart(result, clock);
        if (!start.isAfter(listEnds)) {
            problems.add(FieldProblem.of("payload.batch", "抽签家庭名单（" + list.title() + "）公示期至" + listEnds
                    + "结束，抽签结果最早可于" + listEnds.plusDays(1) + "公示"));
        }
        LocalDateTime drawn = lottery.drawnAt();
        if (drawn != null && !drawn.toLocalDate().isAfter(listEnds)) {
            problems.add(FieldProblem.of("payload.drawnAt", "抽签（" + drawn.toLocalDate() + "）须在名单公示期满（"
                    + listEnds + "）后进行"));
        }
        long pending = filed.stream().filter(o -> o.outcome() == Objection.Outcome.PENDING).count();
        long upheld = filed.stream().filter(o -> o.outcome() == Objection.Outcome.UPHELD).count();
        if (pending > 0) {
            problems.add(FieldProblem.of("objections", "抽签家庭名单还有" + pending + "件异议未答复，答复后方可公示抽签结果"));
        }
        if (upheld > 0) {
            problems.add(FieldProblem.of("objections", "抽签家庭名单有" + upheld
                    + "件异议经核实成立：须先发布更正后的名单并重新公示期满，方可公示抽签结果"));
        }
        return problems;
    }
}
