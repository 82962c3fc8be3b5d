package org.gongkai.core.demo;

import java.util.List;
import org.gongkai.core.notice.internal.NoticeRepository;
import org.gongkai.core.notice.NoticeService;
import org.gongkai.core.objection.ObjectionService;
import org.gongkai.core.roster.RosterUploadService;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.time.StoryClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The demo script (tests use it too, to play notices at past dates through the real services) and the demo loader,
 * which runs only with {@code gongkai.demo.enabled=true} (the local run, demo tests).
 */
@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    @Bean
    DemoScript demoScript(NoticeService notices, RosterUploadService rosters, ObjectionService objections,
            SectorProperties sector, StoryClock clock) {
        return new DemoScript(notices, rosters, objections, sector, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
    DemoLoader demoLoader(List<DemoStory> stories, DemoScript script, NoticeRepository notices, StoryClock clock,
            SectorProperties sector, Environment environment) {
        return new DemoLoader(stories, script, notices, clock, sector, environment);
    }
}
