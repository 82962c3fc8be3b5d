package org.gongkai.gateway.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.gateway.portal.SectorStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The read model's standing, per sector: in health ({@code /actuator/health/readmodel}, component
 * {@code readModel}, always detailed: nothing in it is secret) and as the gauges
 * {@code gongkai.portal.read.model.lag} (seconds behind, tag {@code sector}; 0 while it follows, -1 before it ever
 * caught up) and {@code gongkai.portal.read.model.notices}.
 *
 * <p>UP once every sector that answers is loaded: a sector that is down does not keep the gateway from serving
 * (its notices stand in, named unavailable); OUT_OF_SERVICE while a sector that answers is still being loaded, so
 * readiness waits for the first snapshot and not for a dead sector.
 */
@Component("readModel")
class ReadModelHealth implements HealthIndicator {

    private final PortalReadModel model;

    ReadModelHealth(PortalReadModel model, MeterRegistry meters) {
        this.model = model;
        for (SectorSync sync : model.syncs()) {
            Gauge.builder("gongkai.portal.read.model.lag", model, m -> m.lagSeconds(sync.sector()))
                    .description("seconds the portal's read model is behind the sector (0: following it)")
                    .baseUnit("seconds").tag("sector", sync.sector()).register(meters);
        }
        Gauge.builder("gongkai.portal.read.model.notices", model, m -> m.entries().size())
                .description("public notices in the portal's read model").register(meters);
    }

    @Override
    public Health health() {
        boolean loading = false;
        Map<String, Object> sectors = new LinkedHashMap<>();
        for (SectorSync sync : model.syncs()) {
            SectorStatus status = model.status(sync.sector());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("status", status.status());
            if (status.reason() != null) {
                detail.put("reason", status.reason());
            }
            if (status.asOf() != null) {
                detail.put("asOf", status.asOf().toString());
            }
            detail.put("lagSeconds", model.lagSeconds(sync.sector()));
            sectors.put(sync.sector(), detail);
            loading |= !sync.loaded() && !SectorStatus.UNAVAILABLE.equals(status.status());
        }
        Health.Builder health = loading ? Health.outOfService() : Health.up();
        return health.withDetail("notices", model.entries().size()).withDetail("listed", model.listedCount())
                .withDetail("sectors", sectors).build();
    }
}
