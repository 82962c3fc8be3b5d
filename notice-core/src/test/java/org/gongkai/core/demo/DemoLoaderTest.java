package org.gongkai.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fixture.sector.FixtureSectorApplication;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/**
 * Demo data is held to the same rules as real data: a story whose notice would publish an ID number in its title is
 * refused by the privacy gate, and the service does not start, naming the story and the field.
 */
class DemoLoaderTest {

    static final String ID = "230202198503121238";

    /** A story that would put a resident's ID number in a public title. */
    static class LeakyStory implements DemoStory {

        @Override
        public Mono<Void> tell(DemoScript script) {
            LocalDate day = SectorTestConfiguration.START.minusDays(3);
            NoticeDraft draft = new NoticeDraft("FX-01", "户主" + ID + "名单公示", "<p>正文</p>", Map.of("note", "无"),
                    "230202109001", "PUBLIC", Disclosure.PROACTIVE, null, day.minusDays(1), null, null);
            return script.published(draft, day, null).then();
        }
    }

    @Test
    void whenADemoStoryWouldPublishAnIdNumberThenTheGateRefusesItAndTheServiceDoesNotStart() {
        Throwable failure = catchThrowable(() -> start("gongkai.demo.enabled=true").close());

        assertThat(failure).isNotNull();
        assertThat(messages(failure)).contains("LeakyStory: a step was refused").contains("title")
                .doesNotContain(ID);
    }

    @Test
    void whenTheDemoIsOffNoStoryIsPlayed() {
        try (ConfigurableApplicationContext context = start("gongkai.demo.enabled=false")) {
            assertThat(context.getBeansOfType(DemoLoader.class)).isEmpty();
        }
    }

    /** Started as a sector is, its settings as command-line arguments (above the imported configuration). */
    private static ConfigurableApplicationContext start(String demo) {
        return new SpringApplicationBuilder(FixtureSectorApplication.class, SectorTestConfiguration.class,
                LeakyStory.class)
                .run("--spring.cloud.config.enabled=false",
                        "--spring.config.import=classpath:gongkai-defaults.yml,file:../config/repo/application.yml,"
                                + "file:../config/repo/application-dev.yml,classpath:fixture-sector.yml",
                        "--gongkai.calendar.location=file:../config/repo/calendars/", "--gongkai.store.embedded=memory",
                        "--server.port=0", "--logging.file.name=target/test.log", "--" + demo);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
