package org.gongkai.core.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.RosterRef;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a notice's roster: de-identified rows for the public, only until the period plus retention has passed
 * ("who publishes, cleans up"), and the unsealed raw rows for the owning department. A sector's rule reads rows
 * typed, as its own record ({@link #rows(Notice, Class)}, {@link #rawRows(Notice, Class)}), never by a store.
 */
@Component
public class RosterReader {

    public static final int MAX_PAGE_SIZE = 200;

    private final RosterRows rows;
    private final Clock clock;
    private final JsonMapper json;

    public RosterReader(RosterRows rows, Clock clock, JsonMapper json) {
        this.rows = rows;
        this.clock = clock;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * Every row of the notice's roster in file order, de-identified as the public sees it, bound to {@code rowType}:
     * a record whose components are the column keys it needs, typed as it likes ({@code BigDecimal} for a decimal
     * column, {@code LocalDate} for a date), and, if it wants it, {@code int line}, the source line. A blank cell, or
     * one the masking hides, is null. Empty when the notice has no roster. For a sector's rules, not for the public:
     * no retention check.
     */
    public <T> Flux<T> rows(Notice notice, Class<T> rowType) {
        return notice.roster() == null ? Flux.empty()
                : rows.of(notice.roster().uploadId()).map(row -> bind(row, rowType));
    }

    /** As {@link #rows(Notice, Class)}, with the raw (unsealed) values: only for the owning department's rules. */
    public <T> Flux<T> rawRows(Notice notice, Class<T> rowType) {
        return notice.roster() == null ? Flux.empty()
                : rows.rawWithLines(notice.roster().uploadId()).map(row -> bind(row, rowType));
    }

    private <T> T bind(RosterRow row, Class<T> rowType) {
        Map<String, Object> fields = new LinkedHashMap<>();
        row.values().forEach((column, value) -> fields.put(column, value == null || value.isBlank() ? null : value));
        fields.put("line", row.line());
        try {
            return json.convertValue(fields, rowType);
        } catch (RuntimeException unbound) {
            throw new IllegalArgumentException("名单第" + row.line() + "行不能读作" + rowType.getSimpleName() + "："
                    + unbound.getMessage(), unbound);
        }
    }

    public record PublicPage(String noticeId, int page, int size, int total, List<Map<String, Object>> rows) {
    }

    public Mono<PublicPage> publicRows(Notice notice, int page, int size) {
        int safeSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int safePage = Math.max(page, 0);
        long from = (long) safePage * safeSize;
        return shown(notice).flatMap(roster -> from >= roster.rows()
                ? Mono.just(new PublicPage(notice.id(), safePage, safeSize, roster.rows(), List.of()))
                : rows.page(roster.uploadId(), (int) from, safeSize)
                        .map(list -> new PublicPage(notice.id(), safePage, safeSize, roster.rows(),
                                list.stream().map(RosterReader::publicRow).toList())));
    }

    /** Every de-identified row in line order, streamed from the store (a download); the same 404 and 410 as a page. */
    public Mono<Flux<RosterRow>> allPublicRows(Notice notice) {
        return shown(notice).map(roster -> rows.of(roster.uploadId()));
    }

    private Mono<RosterRef> shown(Notice notice) {
        if (notice.roster() == null) {
            return Mono.error(ProblemException.notFound("该公告没有名单"));
        }
        LocalDate until = notice.roster().publicUntil();
        if (until != null && LocalDate.now(clock).isAfter(until)) {
            return Mono.error(new ProblemException(ProblemType.ROSTER_WITHDRAWN,
                    "按“谁发布、谁清理”，该名单已于" + until + "公开期满后撤下，公告仍可查阅"));
        }
        return Mono.just(notice.roster());
    }

    public Mono<List<Map<String, String>>> rawRows(Notice notice) {
        if (notice.roster() == null) {
            return Mono.just(List.of());
        }
        return rows.raw(notice.roster().uploadId()).collectList();
    }

    private static Map<String, Object> publicRow(RosterRow row) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("line", row.line());
        out.putAll(row.values());
        return out;
    }
}
