package org.gongkai.gateway.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How one sector answered a portal request: {@code ok}, or {@code unavailable} with a Chinese reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectorStatus(String status, String reason) {

    public static final String OK = "ok";
    public static final String UNAVAILABLE = "unavailable";

    public static SectorStatus ok() {
        return new SectorStatus(OK, null);
    }

    public static SectorStatus unavailable(String reason) {
        return new SectorStatus(UNAVAILABLE, reason);
    }
}
