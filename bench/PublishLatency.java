import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BENCHMARK ONLY (run by bench/run.sh with `java bench/PublishLatency.java …`): publishes notices one after another
 * through a sector's real API (draft, submit, approve by another person, publish) and measures, for each, the time
 * from the publish call's answer to the notice showing in the gateway's portal feed (a keyword query for its unique
 * title, polled every 2 ms). Prints one line per publication in milliseconds, then the median and p99.
 *
 * args: sectorUrl sector gatewayUrl editorToken reviewerToken count draft.json day (the date the services run on)
 */
public class PublishLatency {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"[^\"]*\"");
    private static final Pattern FORMED = Pattern.compile("\"informationFormedOn\"\\s*:\\s*\"[^\"]*\"");

    public static void main(String[] args) throws Exception {
        String sectorUrl = args[0];
        String sector = args[1];
        String gatewayUrl = args[2];
        String editor = args[3];
        String reviewer = args[4];
        int count = Integer.parseInt(args[5]);
        String draft = Files.readString(Path.of(args[6]));
        String today = LocalDate.parse(args[7]).toString();
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<Double> latencies = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String marker = "基准发布" + run + "号" + i + "测";
            String body = FORMED.matcher(TITLE.matcher(draft).replaceFirst(
                    Matcher.quoteReplacement("\"title\":\"" + marker + "征收土地预公告\""))).replaceFirst(
                    Matcher.quoteReplacement("\"informationFormedOn\":\"" + today + "\""));
            String created = call(http, "POST", sectorUrl + "/api/" + sector + "/notices", editor, body);
            Matcher id = ID.matcher(created);
            if (!id.find()) {
                throw new IllegalStateException("no id in " + created);
            }
            String notice = sectorUrl + "/api/" + sector + "/notices/" + id.group(1);
            call(http, "POST", notice + "/submit", editor, null);
            call(http, "POST", notice + "/approve", reviewer, "{\"note\":\"基准测试审核\"}");
            call(http, "POST", notice + "/publish", reviewer, null);
            long published = System.nanoTime();
            URI feed = URI.create(gatewayUrl + "/api/portal/feed?limit=1&q="
                    + URLEncoder.encode(marker, StandardCharsets.UTF_8));
            long deadline = published + Duration.ofSeconds(30).toNanos();
            while (true) {
                String page = http.send(HttpRequest.newBuilder(feed).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (page.contains(marker)) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(id.group(1) + " not in the portal feed after 30 s");
                }
                Thread.sleep(2);
            }
            double ms = (System.nanoTime() - published) / 1e6;
            latencies.add(ms);
            System.out.printf("%d %.1f%n", i, ms);
        }
        Collections.sort(latencies);
        System.out.printf("median %.1f p99 %.1f max %.1f%n", percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String call(HttpClient http, String method, String url, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }
}
