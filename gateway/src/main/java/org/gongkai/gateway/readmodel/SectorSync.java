package org.gongkai.gateway.readmodel;

import java.time.Duration;
import java.time.Instant;
import org.gongkai.gateway.portal.SectorStatus;

/**
 * How far the read model has followed one sector: where its snapshot walk stands, the change-feed token to resume
 * from, the time of the newest change applied ({@code asOf}, what a portal answer shows), when the sector last
 * answered and what it said of its own clock, and why the last call failed, if it did.
 * One tail writes it; any request reads it.
 */
public final class SectorSync {

    private final String sector;
    private String token;
    private String snapshotToken;
    private String snapshotCursor;
    private boolean loaded;
    private boolean caughtUp;
    private Instant asOf;
    private Instant lastContact;
    private Instant caughtUpAt;
    private Instant sectorClock;
    private String failure;

    SectorSync(String sector) {
        this.sector = sector;
    }

    public String sector() {
        return sector;
    }

    /** The state saved with the model: the token, or none while the first snapshot is unfinished. */
    synchronized Saved saved() {
        return new Saved(loaded ? token : null, asOf);
    }

    record Saved(String token, Instant asOf) {
    }

    synchronized void restore(Saved saved) {
        if (saved.token() != null) {
            token = saved.token();
            loaded = true;
            asOf = saved.asOf();
        }
    }

    public synchronized boolean loaded() {
        return loaded;
    }

    public synchronized String token() {
        return token;
    }

    public synchronized boolean caughtUp() {
        return caughtUp;
    }

    synchronized String snapshotCursor() {
        return snapshotCursor;
    }

    /** A snapshot page was applied: the first one fixes the token the tail starts from. */
    synchronized void snapshotPage(String pageToken, String nextCursor, Instant sectorTime, Instant now) {
        if (snapshotToken == null) {
            snapshotToken = pageToken;
        }
        snapshotCursor = nextCursor;
        if (nextCursor == null) {
            token = snapshotToken;
            snapshotToken = null;
            loaded = true;
        }
        contact(sectorTime, now);
    }

    synchronized void changesPage(String next, boolean more, Instant sectorTime, Instant now) {
        token = next;
        caughtUp = !more;
        if (caughtUp) {
            caughtUpAt = now;
        }
        contact(sectorTime, now);
    }

    synchronized void failed(String reason) {
        failure = reason;
        caughtUp = false;
    }

    /** Starts again from nothing (tests; or a sector whose log was reset). */
    synchronized void forget() {
        token = null;
        snapshotToken = null;
        snapshotCursor = null;
        loaded = false;
        caughtUp = false;
        asOf = null;
        lastContact = null;
        caughtUpAt = null;
        sectorClock = null;
        failure = null;
    }

    private void contact(Instant sectorTime, Instant now) {
        sectorClock = sectorTime;
        lastContact = now;
        failure = null;
    }

    /** A change (or snapshot entry) of {@code at} was applied: {@code asOf} is the newest such time. */
    synchronized void changed(Instant at) {
        if (at != null && (asOf == null || at.isAfter(asOf))) {
            asOf = at;
        }
    }

    /** The sector's own clock at its last answer. */
    public synchronized Instant sectorClock() {
        return sectorClock;
    }

    /**
     * How far behind the model is: 0 while it follows the sector (caught up and heard from within
     * {@code patience}); otherwise the seconds since it last had every change, or -1 when it never had.
     */
    synchronized long lagSeconds(Instant now, Duration patience) {
        if (SectorStatus.OK.equals(status(now, patience).status())) {
            return 0;
        }
        return caughtUpAt == null ? -1 : Math.max(0, Duration.between(caughtUpAt, now).toSeconds());
    }

    /** {@code ok}, {@code lagging} or {@code unavailable}, with the time the notices shown are from. */
    synchronized SectorStatus status(Instant now, Duration patience) {
        if (failure != null) {
            return SectorStatus.unavailable(failure, asOf);
        }
        if (!loaded) {
            return SectorStatus.lagging("正在载入该板块的公告", asOf);
        }
        if (!caughtUp) {
            return SectorStatus.lagging("正在同步该板块的最新变更", asOf);
        }
        if (lastContact == null || lastContact.plus(patience).isBefore(now)) {
            return SectorStatus.lagging("该板块超过 " + patience.toSeconds() + " 秒未答复", asOf);
        }
        return SectorStatus.ok(asOf);
    }
}
