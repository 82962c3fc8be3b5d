package org.gongkai.gateway.portal;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one sector answered a portal request: {@code ok}; {@code stale} (it failed for {@code reason}, and its last
 * good answer to the same request, from {@code asOf}, stands in); or {@code unavailable} with a Chinese reason.
 * Answers from the read model say {@code ok}, {@code lagging} (its changes are behind: the notices are as of
 * {@code asOf}) or {@code unavailable} (it cannot be reached; its notices as of {@code asOf} stand in).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectorStatus(String status, String reason, Instant asOf) {

    public static final String OK = "ok";
    public static final String STALE = "stale";
    public static final String UNAVAILABLE = "unavailable";
    public static final String LAGGING = "lagging";

    public static SectorStatus ok() {
        return new SectorStatus(OK, null, null);
    }

    public static SectorStatus stale(String reason, Instant asOf) {
        return new SectorStatus(STALE, reason, asOf);
    }

    public static SectorStatus ok(Instant asOf) {
        return new SectorStatus(OK, null, asOf);
    }

    public static SectorStatus lagging(String reason, Instant asOf) {
        return new SectorStatus(LAGGING, reason, asOf);
    }

    public static SectorStatus unavailable(String reason, Instant asOf) {
        return new SectorStatus(UNAVAILABLE, reason, asOf);
    }

    public static SectorStatus unavailable(String reason) {
        return new SectorStatus(UNAVAILABLE, reason, null);
    }

    @JsonIgnore
    public boolean isOk() {
        return OK.equals(status);
    }
}
