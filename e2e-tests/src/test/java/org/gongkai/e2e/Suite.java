package org.gongkai.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.api.testing.TestDate;

/**
 * Starts the real jars (config, sectors, gateway) on free ports, waits on their health, and stops them. Every
 * process's clock starts at 09:00 on the test date ({@link TestDate}), or on the demo story's day for a scenario that
 * continues it, so the scenarios mean the same whatever the machine's date. Every process gets this suite's own
 * config-server account (not the development one), so a service that failed to pass it on would not start.
 */
final class Suite implements AutoCloseable {

    private final Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private final String version = System.getProperty("suite.version", "0.1.0-SNAPSHOT");
    private final Path work;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /**
     * The day the sectors' demo stories are written for: every demo notice is published by 2026-11-23. A scenario
     * that continues a demo story (approves its roster once the village publicity has ended) runs on this day.
     */
    static final LocalDate DEMO_STORY_DAY = LocalDate.of(2026, 11, 25);

    private final LocalDate day;

    /** The config server's account for this suite: {@code CONFIG_SERVER_USER} and {@code CONFIG_SERVER_PASSWORD}. */
    final String configUser = "e2e-client";
    final String configPassword = "e2e-" + UUID.randomUUID();

    /** Every process's clock starts at 09:00 on the test date. */
    Suite() throws IOException {
        this(TestDate.today());
    }

    /** Every process's clock starts at 09:00 on {@code day}. */
    Suite(LocalDate day) throws IOException {
        this.day = day;
        work = Files.createTempDirectory("gongkai-e2e-");
    }

    LocalDate day() {
        return day;
    }

    int port(String name) {
        return ports.computeIfAbsent(name, n -> freePort());
    }

    String url(String name) {
        return "http://localhost:" + port(name);
    }

    /** The port of every process started and still running, by name. */
    Map<String, Integer> runningPorts() {
        Map<String, Integer> running = new LinkedHashMap<>();
        processes.forEach((name, process) -> {
            if (process.isAlive()) {
                running.put(name, ports.get(name));
            }
        });
        return running;
    }

    void start(String name, String module, Map<String, String> env, String... args) throws Exception {
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the whole build with ./mvnw verify");
        }
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString(), "--server.port=" + port(name), "--gongkai.clock.starts-at=" + day + "T09:00:00+08:00"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().put("LOG_DIR", work.toString());
        pb.environment().put("CONFIG_SERVER_USER", configUser);
        pb.environment().put("CONFIG_SERVER_PASSWORD", configPassword);
        pb.environment().putAll(env);
        processes.put(name, pb.start());
        awaitHealthy(name);
    }

    /** A JSON call through the gateway, with the bearer token when one is given. */
    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("gateway") + path))
                .timeout(Duration.ofSeconds(15))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of one file (part {@code file}) through the gateway, streamed from disk. */
    HttpResponse<String> upload(String path, String token, Path file) throws Exception {
        return upload(path, token, file.getFileName().toString(), HttpRequest.BodyPublishers.ofFile(file));
    }

    /** A multipart upload of {@code content} as the file {@code fileName} (part {@code file}) through the gateway. */
    HttpResponse<String> upload(String path, String token, String fileName, byte[] content) throws Exception {
        return upload(path, token, fileName, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    private HttpResponse<String> upload(String path, String token, String fileName,
            HttpRequest.BodyPublisher content) throws Exception {
        String boundary = "gongkai-" + System.nanoTime();
        String type = fileName.endsWith(".csv") ? "text/csv" : "application/octet-stream";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("gateway") + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), content,
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** True while the process started as {@code name} runs. */
    boolean running(String name) {
        Process process = processes.get(name);
        return process != null && process.isAlive();
    }

    void kill(String name) throws InterruptedException {
        Process p = processes.remove(name);
        p.destroyForcibly();
        p.waitFor();
    }

    String log(String name) throws IOException {
        return Files.readString(work.resolve(name + ".log"));
    }

    Path work() {
        return work;
    }

    private void awaitHealthy(String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!processes.get(name).isAlive()) {
                throw new IllegalStateException(name + " exited during start-up:\n" + tail(log(name)));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(name) + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not healthy within 120 s:\n" + tail(log(name)));
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
