package org.gongkai.relief.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.calendar.PublicityPhase;
import org.gongkai.core.calendar.PublicityStatus;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.objection.Objection;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.security.Actor;
import org.gongkai.relief.notice.ReliefNoticeTypes;

/**
 * The review chain of one relief roster version, as recorded on the notice ({@code records.reviews}, in order), and
 * the checks each new step must pass. A correction is a new version and starts its chain afresh.
 */
public final class ReviewChain {

    public static final String RECORD_KEY = "reviews";

    /** One recorded step; stored as a plain map so the public detail shows it under {@code records.reviews}. */
    public record Review(ReviewStep step, boolean passed, String opinion, String reviewerRegion, String reviewedAt) {

        Map<String, Object> toRecord() {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("step", step.name());
            record.put("stepName", step.displayName());
            record.put("body", step.body());
            record.put("passed", passed);
            record.put("opinion", opinion);
            record.put("reviewerRegion", reviewerRegion);
            record.put("reviewedAt", reviewedAt);
            return record;
        }

        static Review fromRecord(Map<?, ?> record) {
            return new Review(ReviewStep.valueOf(String.valueOf(record.get("step"))),
                    Boolean.TRUE.equals(record.get("passed")), (String) record.get("opinion"),
                    (String) record.get("reviewerRegion"), String.valueOf(record.get("reviewedAt")));
        }
    }

    private final List<Review> reviews;

    private ReviewChain(List<Review> reviews) {
        this.reviews = List.copyOf(reviews);
    }

    public static ReviewChain of(Notice notice) {
        List<Review> reviews = new ArrayList<>();
        if (notice.records().get(RECORD_KEY) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> record) {
                    reviews.add(Review.fromRecord(record));
                }
            }
        }
        return new ReviewChain(reviews);
    }

    public List<Review> reviews() {
        return reviews;
    }

    /** The civil-affairs bureau has approved, after the village committee and the street office passed it. */
    public boolean approved() {
        return reviews.size() == ReviewStep.values().length && reviews.stream().allMatch(Review::passed);
    }

    private Optional<Review> failed() {
        return reviews.stream().filter(r -> !r.passed()).findFirst();
    }

    /** What still stands between this roster and its conclusion. */
    public List<FieldProblem> conclusionProblems() {
        Optional<Review> failed = failed();
        if (failed.isPresent()) {
            return List.of(FieldProblem.of(RECORD_KEY, "「" + failed.get().step().displayName()
                    + "」未通过，须更正名单并重新公示，本名单不能结束公示"));
        }
        List<String> missing = new ArrayList<>();
        for (ReviewStep step : ReviewStep.values()) {
            if (reviews.stream().noneMatch(r -> r.step() == step)) {
                missing.add("「" + step.displayName() + "」");
            }
        }
        return missing.isEmpty() ? List.of() : List.of(FieldProblem.of(RECORD_KEY,
                "村内公示期满后须经村民委员会评议、街道办事处审核、区民政局审批，尚缺" + String.join("、", missing)));
    }

    /**
     * The recorded chain with {@code request}'s step added, or a refusal: only a published relief roster whose
     * village publicity has ended, whose objections were all judged by democratic review and none upheld, step by
     * step in order, each by a reviewer at that step's level who did not write the roster.
     */
    public List<Map<String, Object>> append(Notice notice, List<Objection> objections, ReviewRequest request,
            Actor actor, Clock clock) {
        ReviewStep step = request.step();
        if (!ReliefNoticeTypes.ROSTER.equals(notice.type())) {
            throw refused("只有受灾人员冬春生活救助对象名单需要逐级审核");
        }
        if (actor.id().equals(notice.authorId())) {
            throw new ProblemException(ProblemType.REVIEWER_IS_AUTHOR,
                    "谁审查谁负责：审核人不能是名单起草人本人（" + notice.authorName() + "）");
        }
        if (DivisionLevel.ofRegion(actor.region()).orElse(null) != step.level()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "「" + step.displayName() + "」须由" + step.body()
                    + "的审核人进行（令牌区划为" + step.level().digits() + "位" + step.level().displayName()
                    + "代码），当前令牌区划为「" + actor.region() + "」");
        }
        if (notice.status() != NoticeStatus.PUBLISHED || notice.period() == null) {
            throw refused("公告当前状态为「" + notice.status().displayName() + "」，不能审核");
        }
        if (PublicityStatus.of(notice.period(), clock).phase() != PublicityPhase.ENDED) {
            throw refused("村内公示期至" + notice.period().end() + "届满，公示期满后方可" + step.displayName());
        }
        long pending = objections.stream().filter(o -> o.outcome() == Objection.Outcome.PENDING).count();
        long upheld = objections.stream().filter(o -> o.outcome() == Objection.Outcome.UPHELD).count();
        if (pending > 0) {
            throw refused("公示期内的" + pending + "件异议尚未经村民委员会民主评议答复，不能" + step.displayName());
        }
        if (upheld > 0) {
            throw refused(upheld + "件异议经民主评议成立，须更正名单并重新公示，本名单不能再审核");
        }
        checkOrder(step);
        List<Map<String, Object>> next = new ArrayList<>();
        reviews.forEach(r -> next.add(r.toRecord()));
        next.add(new Review(step, request.agreed(), request.opinion(), actor.region(), clock.instant().toString())
                .toRecord());
        return next;
    }

    private void checkOrder(ReviewStep step) {
        Optional<Review> failed = failed();
        if (failed.isPresent()) {
            throw refused("「" + failed.get().step().displayName() + "」未通过，须更正名单并重新公示");
        }
        if (reviews.stream().anyMatch(r -> r.step() == step)) {
            throw refused("「" + step.displayName() + "」已记录，不能重复审核");
        }
        ReviewStep expected = ReviewStep.values()[reviews.size()];
        if (step != expected) {
            throw refused("须先完成「" + expected.displayName() + "」，再进行「" + step.displayName() + "」");
        }
    }

    /** The history line of a step, e.g. 街道办事处审核：通过. */
    public static String action(ReviewRequest request) {
        return request.step().displayName() + "：" + (request.agreed() ? "通过" : "未通过");
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(ProblemType.ILLEGAL_TRANSITION, detail);
    }
}
