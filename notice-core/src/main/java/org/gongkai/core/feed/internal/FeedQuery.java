package org.gongkai.core.feed.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedParameters;
import org.gongkai.core.calendar.PublicityPhase;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;

/** A public feed request, validated: every bad parameter is reported together. */
public record FeedQuery(String type, String region, PublicityPhase phase, String keyword, LocalDate from,
        LocalDate to, FeedCursor cursor, int limit) {

    public static FeedQuery parse(String type, String region, String phase, String q, String from, String to,
            String cursor, String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        String phaseName = FeedParameters.phase(phase, problems);
        PublicityPhase parsedPhase = phaseName == null || !FeedParameters.PHASES.contains(phaseName) ? null
                : PublicityPhase.valueOf(phaseName);
        String parsedRegion = FeedParameters.region(region, problems);
        LocalDate fromDate = FeedParameters.date("from", from, problems);
        LocalDate toDate = FeedParameters.date("to", to, problems);
        FeedParameters.range(fromDate, toDate, problems);
        FeedCursor parsedCursor = FeedParameters.cursor(cursor, problems);
        int parsedLimit = FeedParameters.limit(limit, problems);
        String keyword = FeedParameters.keyword(q, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new FeedQuery(FeedParameters.blankToNull(type), parsedRegion, parsedPhase, keyword, fromDate, toDate,
                parsedCursor, parsedLimit);
    }
}
