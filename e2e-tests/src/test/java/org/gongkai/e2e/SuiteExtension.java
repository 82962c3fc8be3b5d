package org.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.api.testing.TestDate;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real processes a test class drives over HTTP: the config server, the gateway and the sectors the class names,
 * every clock starting at 09:00 on one day. Register it in the class as
 * {@code @RegisterExtension static final SuiteExtension suite = SuiteExtension.today("land", "housing");}.
 *
 * <p>Classes that ask for the same configuration (day, sectors, the sectors' arguments) share one set of processes,
 * kept in the root {@link ExtensionContext.Store} and closed at the end of the run, or as soon as a class asks for
 * another configuration, so that only one set runs at a time ({@link ByConfiguration} orders the classes so that
 * each set starts once). The gateway knows all five sectors: those not named point at a closed port. Before each
 * class its sectors run and the portal reaches them, so a sector that an earlier class killed is started again on
 * its data. The methods below call through the gateway; {@link #notices} gives a sector's editor and reviewer.
 */
final class SuiteExtension implements BeforeAllCallback {

    /** Every sector the gateway routes to, and its module. */
    static final Map<String, String> MODULES = modules();
    private static final String CLOSED = "http://127.0.0.1:1";
    /** The sectors' default arguments: their demo stories, stored on disk in the suite's work folder. */
    private static final List<String> STORED_DEMO = List.of("--gongkai.demo.enabled=true");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    private final LocalDate day;
    private final List<String> sectors;
    private final List<String> sectorArguments;
    private final boolean storedOnDisk;
    private final List<String> needed;
    private Environment environment;

    private SuiteExtension(LocalDate day, List<String> sectors, List<String> sectorArguments, boolean storedOnDisk,
            List<String> needed) {
        sectors.forEach(sector -> {
            if (!MODULES.containsKey(sector)) {
                throw new IllegalArgumentException("no sector " + sector + " (known: " + MODULES.keySet() + ")");
            }
        });
        if (!sectors.containsAll(needed)) {
            throw new IllegalArgumentException("the class needs " + needed + ", but the processes are " + sectors);
        }
        this.day = day;
        this.sectors = List.copyOf(sectors);
        this.sectorArguments = List.copyOf(sectorArguments);
        this.storedOnDisk = storedOnDisk;
        this.needed = List.copyOf(needed);
    }

    /** These sectors with their demo stories, on the test date ({@link TestDate}). */
    static SuiteExtension today(String... sectors) {
        return new SuiteExtension(TestDate.today(), List.of(sectors), STORED_DEMO, true, List.of(sectors));
    }

    /** The same, with every clock starting on {@code day}. */
    SuiteExtension on(LocalDate day) {
        return new SuiteExtension(day, sectors, sectorArguments, storedOnDisk, needed);
    }

    /** The same, but the sectors start with exactly these arguments (no demo story, no data folder). */
    SuiteExtension withSectorArguments(String... arguments) {
        return new SuiteExtension(day, sectors, List.of(arguments), false, needed);
    }

    /**
     * The same processes, of which the class needs only these running (the others an earlier class may have
     * killed are not started again for it).
     */
    SuiteExtension needing(String... sectors) {
        return new SuiteExtension(day, this.sectors, sectorArguments, storedOnDisk, List.of(sectors));
    }

    /** What makes two classes' processes the same: they share them when this is equal. */
    String configuration() {
        return day + " " + sectors + " " + sectorArguments + (storedOnDisk ? " stored" : "");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Environments all = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Environments.class, type -> new Environments(), Environments.class);
        environment = all.get(this);
        environment.ensureRunning(needed);
    }

    // --- calls through the gateway and the processes of this configuration ---

    LocalDate day() {
        return day;
    }

    /** A JSON call through the gateway, with the bearer token when one is given. */
    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return suite().send(method, path, token, json);
    }

    /** A multipart upload of one file through the gateway, streamed from disk. */
    HttpResponse<String> upload(String path, String token, Path file) throws Exception {
        return suite().upload(path, token, file);
    }

    /** A multipart upload of {@code content} as the file {@code fileName} through the gateway. */
    HttpResponse<String> upload(String path, String token, String fileName, byte[] content) throws Exception {
        return suite().upload(path, token, fileName, content);
    }

    /** A sector's editor and reviewer: creating, reviewing and publishing its notices. */
    Notices notices(String sector, String editor, String reviewer) {
        return new Notices(this, sector, editor, reviewer);
    }

    /** Kills the process; a later class that needs it gets it started again. */
    void kill(String name) throws InterruptedException {
        suite().kill(name);
    }

    /** Starts a sector of this configuration again, on its data (after {@link #kill}). */
    void restart(String sector) throws Exception {
        environment.startSector(sector);
    }

    String url(String name) {
        return suite().url(name);
    }

    HttpClient http() {
        return suite().http;
    }

    Path work() {
        return suite().work();
    }

    Map<String, Integer> runningPorts() {
        return suite().runningPorts();
    }

    String configUser() {
        return suite().configUser;
    }

    String configPassword() {
        return suite().configPassword;
    }

    private Suite suite() {
        if (environment == null) {
            throw new IllegalStateException("the suite starts before the class's tests: register it with "
                    + "@RegisterExtension on a static field");
        }
        return environment.suite;
    }

    /** Every sector, by name: the module {@code <name>-service} (a sector is named once; the rest follows). */
    private static Map<String, String> modules() {
        Map<String, String> modules = new LinkedHashMap<>();
        for (String module : SectorModules.modules()) {
            modules.put(SectorModules.nameOf(module), module);
        }
        return java.util.Collections.unmodifiableMap(modules);
    }

    /** The set of processes of one configuration. */
    private static final class Environment implements AutoCloseable {

        private final SuiteExtension configuration;
        private final Suite suite;
        private final List<String> sectorArguments = new ArrayList<>();

        Environment(SuiteExtension configuration) throws Exception {
            this.configuration = configuration;
            this.suite = new Suite(configuration.day);
            try {
                if (configuration.storedOnDisk) {
                    Path data = Files.createDirectories(suite.work().resolve("data"));
                    sectorArguments.add("--gongkai.store.data-dir=" + data);
                }
                sectorArguments.addAll(configuration.sectorArguments);
                suite.start("config", "config", Map.of("CONFIG_REPO", "file:./config/repo/"));
                for (String sector : configuration.sectors) {
                    startSector(sector);
                }
                Map<String, String> gateway = new LinkedHashMap<>(Map.of("CONFIG_SERVER_URL", suite.url("config"),
                        "GATEWAY_READ_MODEL_FILE", suite.work().resolve("gateway-read-model.json.gz").toString()));
                MODULES.keySet().forEach(sector -> gateway.put(sector.toUpperCase() + "_URL",
                        configuration.sectors.contains(sector) ? suite.url(sector) : CLOSED));
                suite.start("gateway", "gateway", gateway);
            } catch (Exception | Error e) {
                suite.close();
                throw e;
            }
        }

        void startSector(String sector) throws Exception {
            suite.start(sector, MODULES.get(sector), Map.of("CONFIG_SERVER_URL", suite.url("config")),
                    sectorArguments.toArray(String[]::new));
        }

        /** Every one of these sectors runs, and the portal has an answer from it. */
        void ensureRunning(List<String> sectors) throws Exception {
            for (String sector : sectors) {
                if (!suite.running(sector)) {
                    startSector(sector);
                }
                awaitPortalReaches(sector);
            }
        }

        private void awaitPortalReaches(String sector) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String body = "";
            while (System.nanoTime() < deadline) {
                HttpResponse<String> feed = suite.send("GET", "/api/portal/feed?limit=1&sector=" + sector, null, null);
                body = feed.body();
                if (feed.statusCode() == 200
                        && "ok".equals(JsonPath.read(body, "$.sectors." + sector + ".status"))) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the portal never reached " + sector + ": " + body);
        }

        @Override
        public void close() {
            suite.close();
        }
    }

    /** Every configuration's processes, at most one set running at a time; closed at the end of the run. */
    private static final class Environments implements AutoCloseable {

        private final Map<String, Environment> running = new LinkedHashMap<>();

        synchronized Environment get(SuiteExtension configuration) throws Exception {
            Environment environment = running.get(configuration.configuration());
            if (environment == null) {
                close();
                environment = new Environment(configuration);
                running.put(configuration.configuration(), environment);
            }
            return environment;
        }

        @Override
        public synchronized void close() {
            running.values().forEach(Environment::close);
            running.clear();
        }
    }

    /**
     * Orders the test classes by their configuration (classes without the extension first), so that classes
     * sharing one set of processes run one after the other and each set is started once.
     */
    public static final class ByConfiguration implements ClassOrderer {

        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparing(ByConfiguration::configurationOf));
        }

        private static String configurationOf(ClassDescriptor descriptor) {
            for (Field field : descriptor.getTestClass().getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == SuiteExtension.class) {
                    try {
                        field.setAccessible(true);
                        return "1 " + ((SuiteExtension) field.get(null)).configuration();
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return "0";
        }
    }
}
