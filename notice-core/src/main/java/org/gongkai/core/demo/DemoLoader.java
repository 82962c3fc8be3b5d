package org.gongkai.core.demo;

import java.time.Duration;
import java.util.List;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.core.notice.internal.NoticeRepository;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.time.StoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Plays the sector's demo stories into an empty store once every bean exists and before the service takes
 * requests, so no request ever sees the clock held at a story's moment. A story a rule or the privacy gate refuses
 * stops the start: demo data is held to the same rules as real data. Never under the {@code prod} profile.
 */
final class DemoLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private final List<DemoStory> stories;
    private final DemoScript script;
    private final NoticeRepository notices;
    private final StoryClock clock;
    private final SectorProperties sector;
    private final Environment environment;

    DemoLoader(List<DemoStory> stories, DemoScript script, NoticeRepository notices, StoryClock clock,
            SectorProperties sector, Environment environment) {
        this.stories = stories;
        this.script = script;
        this.notices = notices;
        this.clock = clock;
        this.sector = sector;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("gongkai.demo.enabled must not be set in the prod profile: "
                    + "demo notices are fictional");
        }
        if (notices.count().block(LIMIT) > 0) {
            log.info("{} demo data not loaded: the store already holds notices", sector.name());
            return;
        }
        try {
            for (DemoStory story : stories) {
                story.tell(script).onErrorMap(ProblemException.class, refused -> refused(story, refused)).block(LIMIT);
            }
        } finally {
            clock.release();
        }
        log.info("{} demo data loaded: {} notices", sector.name(), notices.count().block(LIMIT));
    }

    /** A step the services refused: the story is wrong, and the start says where, problem by problem. */
    private static IllegalStateException refused(DemoStory story, ProblemException refused) {
        StringBuilder detail = new StringBuilder(story.getClass().getSimpleName()).append(": a step was refused: ")
                .append(refused.getMessage());
        refused.errors().forEach(problem -> detail.append("\n  - ").append(problem.field()).append(": ")
                .append(problem.reason()));
        return new IllegalStateException(detail.toString(), refused);
    }
}
