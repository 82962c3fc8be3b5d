package org.gongkai.gateway.portal;

/** A sector could not answer; {@code reason} is the Chinese explanation shown to the caller. */
public class SectorUnavailableException extends RuntimeException {

    private final String sector;
    private final String reason;

    public SectorUnavailableException(String sector, String reason) {
        super(sector + ": " + reason, null, false, false);
        this.sector = sector;
        this.reason = reason;
    }

    public String sector() {
        return sector;
    }

    public String reason() {
        return reason;
    }
}
