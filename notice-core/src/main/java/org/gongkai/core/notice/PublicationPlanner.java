package org.gongkai.core.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.calendar.DayUnit;
import org.gongkai.core.calendar.PeriodAnswer;
import org.gongkai.core.calendar.PeriodCalculator;
import org.gongkai.core.calendar.PublicityPeriod;
import org.gongkai.core.calendar.PublicityRule;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.content.ContentDigest;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.springframework.stereotype.Component;

/** Works out what publishing fixes: the period (by the row's rule), the disclosure deadline, lateness, digest. */
@Component
public class PublicationPlanner {

    private final PeriodCalculator calculator;
    private final Clock clock;

    public PublicationPlanner(PeriodCalculator calculator, Clock clock) {
        this.calculator = calculator;
        this.clock = clock;
    }

    /** Problems with the requested period, checked on submit so a reviewer never approves an impossible one. */
    public List<FieldProblem> checkPeriod(Notice notice, CatalogRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        if (row.hasPublicity() && notice.publicityLength() != null && notice.publicityLength() < row.publicity().length()) {
            problems.add(FieldProblem.of("publicityLength", "公示期不得少于法定的" + row.publicity().rule().describe()));
        }
        if (!row.hasPublicity() && notice.publicityLength() != null) {
            problems.add(FieldProblem.of("publicityLength", "该事项不设公示期"));
        }
        return problems;
    }

    public Publication plan(Notice notice, CatalogRow row, Instant now) {
        LocalDate start = startOn(notice, LocalDate.now(clock));
        PublicityPeriod period = row.hasPublicity() ? calculator.period(start, rule(notice, row)) : null;
        LocalDate due = dueBy(notice, row);
        boolean late = due != null && start.isAfter(due);
        LocalDate lastPublicDay = period == null ? start : period.end();
        LocalDate rosterUntil = notice.roster() == null ? null : lastPublicDay.plusDays(row.retentionDays());
        String digest = ContentDigest.sha256Hex(CanonicalNotice.of(notice, period, now));
        return new Publication(period, due, late, rosterUntil, digest);
    }

    /**
     * What publishing on {@code publishOn} would fix: the same start, rule and calculation as {@link #plan}, with
     * every day of the period shown (for the workbench, beside the publish button).
     */
    public PeriodPreview preview(Notice notice, CatalogRow row, LocalDate publishOn) {
        LocalDate today = LocalDate.now(clock);
        if (publishOn.isBefore(today)) {
            throw ProblemException.invalid(List.of(FieldProblem.of("publishOn", "发布日期不能早于今天（" + today + "）")));
        }
        LocalDate start = startOn(notice, publishOn);
        PeriodAnswer period = row.hasPublicity()
                ? PeriodAnswer.of(start, calculator.explain(start, rule(notice, row)), notice.sector(), row.noticeType(),
                        row.code(), row.basis())
                : null;
        LocalDate due = dueBy(notice, row);
        return new PeriodPreview(notice.id(), publishOn, start, period, due, due != null && start.isAfter(due));
    }

    /** The period starts on the requested day if one is set (never before the day of publishing), else that day. */
    private static LocalDate startOn(Notice notice, LocalDate publishOn) {
        LocalDate start = notice.requestedStart() == null ? publishOn : notice.requestedStart();
        if (start.isBefore(publishOn)) {
            throw ProblemException.invalid(List.of(FieldProblem.of("publicationDate",
                    "公示开始日期（" + start + "）不能早于发布之日（" + publishOn + "）")));
        }
        return start;
    }

    /** The last day the information may lawfully be published, or null when its start date is not given. */
    public LocalDate dueBy(Notice notice, CatalogRow row) {
        CatalogRow.TimeLimit limit = row.timeLimit();
        LocalDate from = dateField(notice, limit.fromField());
        if (from == null) {
            return null;
        }
        return limit.unit() == DayUnit.WORKING ? calculator.addWorkingDays(from, limit.length())
                : from.plusDays(limit.length());
    }

    private static PublicityRule rule(Notice notice, CatalogRow row) {
        PublicityRule minimum = row.publicity().rule();
        Integer asked = notice.publicityLength();
        return asked == null || asked <= minimum.length() ? minimum : new PublicityRule(asked, minimum.unit());
    }

    private static LocalDate dateField(Notice notice, String field) {
        if ("informationFormedOn".equals(field)) {
            return notice.informationFormedOn();
        }
        Object value = notice.payload().get(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
