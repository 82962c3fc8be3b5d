package org.gongkai.gateway.portal;

/** One sector's part of a portal answer: its value (fresh or stale), or none, and how it answered. */
public record SectorAnswer<T>(String sector, T value, SectorStatus status) {

    static <T> SectorAnswer<T> ok(String sector, T value) {
        return new SectorAnswer<>(sector, value, SectorStatus.ok());
    }

    static <T> SectorAnswer<T> unavailable(String sector, String reason) {
        return new SectorAnswer<>(sector, null, SectorStatus.unavailable(reason));
    }

    public boolean hasValue() {
        return value != null;
    }
}
