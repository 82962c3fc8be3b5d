package org.gongkai.procurement.tender;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeFinder;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.core.time.Zones;
import org.gongkai.procurement.notice.ProcurementNoticeTypes;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.procurement.notice.ProcurementPayloads.TenderAnnouncement;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A tender announcement issues the tender documents on its publication date (the requested one, or today): its bid
 * deadline must leave the statutory bidding time, checked on submit and again on publish (a draft approved today may
 * be published days later). A correction of a published tender is a clarification or modification: it must leave
 * 15 days from its own issue, and still 20 from the first issue (known at publish, from the first version). Bids
 * are opened at the deadline (Tendering and Bidding Law art. 34).
 */
@Component
class BidDeadlineRule implements NoticeRules {

    private final PayloadReader payloads;
    private final BiddingTime biddingTime;
    private final NoticeFinder notices;
    private final Clock clock;

    BidDeadlineRule(PayloadReader payloads, BiddingTime biddingTime, NoticeFinder notices,
            Clock clock) {
        this.payloads = payloads;
        this.biddingTime = biddingTime;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(ProcurementNoticeTypes.TENDER);
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        return check(notice, null);
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        if (notice.revision() == 1) {
            return Mono.fromSupplier(() -> check(notice, null));
        }
        return notices.byId(notice.seriesId()).filter(first -> first.publishedAt() != null)
                .map(first -> check(notice, firstIssue(first)))
                .switchIfEmpty(Mono.fromSupplier(() -> check(notice, null)));
    }

    private List<FieldProblem> check(Notice notice, LocalDate firstIssuedOn) {
        return payloads.read(notice, TenderAnnouncement.class).map(t -> check(notice, t, firstIssuedOn))
                .orElse(List.of());
    }

    private List<FieldProblem> check(Notice notice, TenderAnnouncement tender, LocalDate firstIssuedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate issuedOn = notice.requestedStart() == null ? LocalDate.now(clock) : notice.requestedStart();
        if (tender.bidDeadline() != null) {
            LocalDate deadline = tender.bidDeadline().toLocalDate();
            if (notice.revision() == 1 && deadline.isBefore(biddingTime.earliestDeadline(issuedOn))) {
                problems.add(FieldProblem.of("payload.bidDeadline", biddingTime.tooEarly(issuedOn)));
            } else if (notice.revision() > 1 && deadline.isBefore(biddingTime.earliestAfterClarification(issuedOn))) {
                problems.add(FieldProblem.of("payload.bidDeadline", biddingTime.tooEarlyAfterClarification(issuedOn)));
            } else if (firstIssuedOn != null && deadline.isBefore(biddingTime.earliestDeadline(firstIssuedOn))) {
                problems.add(FieldProblem.of("payload.bidDeadline", biddingTime.tooEarly(firstIssuedOn)));
            }
        }
        if (tender.bidDeadline() != null && tender.bidOpening() != null
                && !tender.bidOpening().equals(tender.bidDeadline())) {
            problems.add(FieldProblem.of("payload.bidOpening",
                    "开标应当在投标截止时间的同一时间公开进行（《中华人民共和国招标投标法》第三十四条）"));
        }
        return problems;
    }

    private static LocalDate firstIssue(Notice first) {
        return first.requestedStart() != null ? first.requestedStart()
                : first.publishedAt().atZone(Zones.SHANGHAI).toLocalDate();
    }
}
