package org.gongkai.gateway.support;

import org.gongkai.gateway.readmodel.PortalReadModel;
import org.gongkai.gateway.readmodel.SectorSync;

/** Waits (up to 10 s) until the read model has followed a fake sector to its newest change. */
public final class ReadModelWait {

    private ReadModelWait() {
    }

    public static void until(PortalReadModel model, FakeSector sector) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        SectorSync sync = model.sync(sector.name());
        while (true) {
            String latest = sector.latestToken();
            String token = sync.token();
            boolean there = sync.loaded() && token != null
                    && (latest == null ? token.endsWith(".0") && token.equals(sector.emptyToken()) : latest.equals(token));
            if (there) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the read model did not follow " + sector.name() + " to " + latest
                        + " (it is at " + token + ", loaded " + sync.loaded() + ")");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
