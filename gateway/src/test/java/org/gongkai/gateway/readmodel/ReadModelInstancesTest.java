package org.gongkai.gateway.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.api.FeedItem;
import org.gongkai.api.change.ChangeKind;
import org.gongkai.gateway.GatewayApplication;
import org.gongkai.gateway.support.FakeSector;
import org.gongkai.gateway.support.ReadModelWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gateway instances each keep their own read model: two of them, one following the changes as they come and one
 * started afterwards from the sectors' snapshots, answer the same; and a gateway restarted on its saved file resumes
 * every sector from its token instead of walking the snapshot again.
 */
class ReadModelInstancesTest {

    static final FakeSector land = new FakeSector("land");
    static final FakeSector housing = new FakeSector("housing");
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @AfterAll
    static void stopSectors() {
        land.kill();
        housing.kill();
    }

    @Test
    void whenOneGatewayFollowsTheChangesAndAnotherStartsAfterThemThenBothAnswerTheSame() {
        land.reset();
        housing.reset();
        try (ConfigurableApplicationContext first = gateway(null)) {
            Random random = new Random(7);
            List<String> published = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                FakeSector sector = random.nextBoolean() ? land : housing;
                int action = published.isEmpty() ? 0 : random.nextInt(5);
                if (action <= 2) {
                    FeedItem item = sector.item("n" + i, START.plusSeconds(random.nextInt(40) * 3600L));
                    sector.publish(item);
                    published.add(item.id());
                } else {
                    String id = published.get(random.nextInt(published.size()));
                    FakeSector owner = id.startsWith("land:") ? land : housing;
                    if (action == 3) {
                        owner.change(id, ChangeKind.CORRECTED, item -> retitled(item, "更正 " + item.title()), true);
                    } else {
                        owner.withdraw(id);
                        published.remove(id);
                    }
                }
            }
            await(first);
            try (ConfigurableApplicationContext second = gateway(null)) {
                await(second);
                WebTestClient a = client(first);
                WebTestClient b = client(second);
                List<String> walkA = walk(a);
                assertThat(walkA).hasSize(published.size()).hasSizeGreaterThan(10);
                assertThat(walk(b)).containsExactlyElementsOf(walkA);
                for (String q : List.of("更正", "n1", "n4")) {
                    assertThat(items(b, "/api/portal/feed?limit=100&q=" + q))
                            .isEqualTo(items(a, "/api/portal/feed?limit=100&q=" + q));
                }
                for (String id : walkA.subList(0, 10)) {
                    assertThat(body(b, "/api/portal/notices/" + id)).isEqualTo(body(a, "/api/portal/notices/" + id));
                    assertThat(body(b, "/api/portal/notices/" + id + "/history"))
                            .isEqualTo(body(a, "/api/portal/notices/" + id + "/history"));
                }
            }
        }
    }

    @Test
    void whenAGatewayRestartsOnItsFileThenItResumesFromTheTokensWithoutTheSnapshot() throws Exception {
        land.reset();
        housing.reset();
        Path file = dir.resolve("read-model.json.gz");
        land.publish(land.item("before", START));
        housing.publish(housing.item("before", START));
        try (ConfigurableApplicationContext running = gateway(file)) {
            await(running);
        }
        assertThat(file).exists();
        assertThat(Files.size(file)).isPositive();

        // while it is down: one publication and one withdrawal
        land.publish(land.item("while-down", START.plusSeconds(3600)));
        housing.withdraw("housing:before");
        int snapshotsBefore = snapshotReads();

        try (ConfigurableApplicationContext restarted = gateway(file)) {
            PortalReadModel model = restarted.getBean(PortalReadModel.class);
            // the file is loaded before the tails start: the old notices are there at once
            assertThat(model.notice("land:before")).isPresent();
            await(restarted);
            assertThat(walk(client(restarted))).containsExactly("land:while-down", "land:before");
            assertThat(snapshotReads()).as("no snapshot walked again").isEqualTo(snapshotsBefore);
        }
    }

    @Test
    void whenTheSavedFileIsDamagedThenTheGatewayLoadsEverySectorFromItsSnapshotAndWritesAGoodFile() throws Exception {
        land.reset();
        housing.reset();
        land.publish(land.item("kept", START));
        Path file = dir.resolve("read-model.json.gz");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}); // a gzip header, then nothing whole

        try (ConfigurableApplicationContext gateway = gateway(file)) {
            await(gateway);
            assertThat(walk(client(gateway))).containsExactly("land:kept");
        }
        // the clean stop wrote a whole file again: a restart reads it without a snapshot
        int snapshotsBefore = snapshotReads();
        try (ConfigurableApplicationContext restarted = gateway(file)) {
            assertThat(restarted.getBean(PortalReadModel.class).notice("land:kept")).isPresent();
            await(restarted);
            assertThat(snapshotReads()).isEqualTo(snapshotsBefore);
        }
    }

    private static int snapshotReads() {
        return (int) java.util.stream.Stream.of(land, housing).flatMap(s -> s.changeFeedRequests().stream())
                .filter(r -> r.getRequestUrl().encodedPath().endsWith("/public/snapshot")).count();
    }

    private static FeedItem retitled(FeedItem item, String title) {
        return new FeedItem(item.id(), item.sector(), item.type(), item.typeName(), title, item.summary(),
                item.region(), item.audience(), item.status(), item.validity(), item.publishedAt(),
                item.publicityStart(), item.publicityEnd(), item.phase(), item.daysLeft(), item.version() + 1,
                item.digest());
    }

    private static ConfigurableApplicationContext gateway(Path file) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.cloud.config.enabled=false",
                "--gongkai.rate-limit.enabled=false", "--gongkai.portal.read-model.retry-max=300ms",
                "--gongkai.portal.sectors[0].name=land", "--gongkai.portal.sectors[0].url=" + land.url(),
                "--gongkai.portal.sectors[0].timeout=2s", "--gongkai.portal.sectors[1].name=housing",
                "--gongkai.portal.sectors[1].url=" + housing.url(), "--gongkai.portal.sectors[1].timeout=2s",
                "--logging.file.name=target/instances-test.log"));
        if (file != null) {
            arguments.add("--gongkai.portal.read-model.file=" + file);
        }
        return new SpringApplicationBuilder(GatewayApplication.class)
                // as in a Spring Boot test: closing this gateway must not dispose Reactor Netty's global event loops,
                // which every other gateway of this JVM (the tests' shared contexts) runs on
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessBeforeInitialization(Object bean, String name) {
                        if (bean instanceof ReactorResourceFactory factory) {
                            factory.setUseGlobalResources(false);
                        }
                        return bean;
                    }
                }))
                .run(arguments.toArray(String[]::new));
    }

    private static void await(ConfigurableApplicationContext gateway) {
        PortalReadModel model = gateway.getBean(PortalReadModel.class);
        ReadModelWait.until(model, land);
        ReadModelWait.until(model, housing);
    }

    private static WebTestClient client(ConfigurableApplicationContext gateway) {
        String port = gateway.getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** Every page of the portal feed, by 7: the ids in order. */
    private static List<String> walk(WebTestClient client) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(body(client, "/api/portal/feed?limit=7"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("items").forEach(item -> ids.add(item.get("id").asString()));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asString() : null;
        } while (cursor != null);
        return ids;
    }

    private static JsonNode items(WebTestClient client, String uri) {
        return JSON.readTree(body(client, uri)).get("items");
    }

    private static String body(WebTestClient client, String uri) {
        return new String(client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
