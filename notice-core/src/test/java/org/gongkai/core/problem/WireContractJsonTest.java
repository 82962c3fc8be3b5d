package org.gongkai.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.gongkai.core.problem.internal.Problems;

/**
 * The JSON that crosses from a sector to the gateway (notice-api's records and the problem bodies), written and
 * read with Jackson 3 as the services do: the exact field names and value formats the gateway relies on.
 */
class WireContractJsonTest {

    /** Spring's codecs register this mix-in, so a problem's properties are top-level members, not "properties". */
    static final JsonMapper JSON = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    static final FeedItem ITEM = new FeedItem("land:65f0c0ffee", "land", "PRE_ANNOUNCEMENT", "征收土地预公告",
            "征收土地预公告（测试）", "拟征收大民村集体土地。", "230202000000", "230202100201", "PUBLISHED", "IN_FORCE",
            Instant.parse("2026-11-02T01:00:00.123Z"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13),
            "IN_PUBLICITY", 12, 2, "ab".repeat(32));

    @Test
    void aFeedItemHasExactlyTheFieldsTheGatewayMergesByWithIsoDates() {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(ITEM));

        assertThat(names(json)).containsExactly("id", "sector", "type", "typeName", "title", "summary", "region",
                "audience", "status", "validity", "publishedAt", "publicityStart", "publicityEnd", "phase",
                "daysLeft", "version", "digest");
        assertThat(json.get("id").asString()).isEqualTo("land:65f0c0ffee");
        assertThat(json.get("publishedAt").asString()).isEqualTo("2026-11-02T01:00:00.123Z");
        assertThat(json.get("publicityStart").asString()).isEqualTo("2026-11-02");
        assertThat(json.get("publicityEnd").asString()).isEqualTo("2026-11-13");
        assertThat(json.get("daysLeft").asInt()).isEqualTo(12);
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(JSON.readValue(JSON.writeValueAsString(ITEM), FeedItem.class)).isEqualTo(ITEM);
    }

    @Test
    void aFeedItemWithoutAPeriodStillReadsBack() {
        FeedItem noPeriod = new FeedItem("land:1", "land", "ACQUISITION_ANNOUNCEMENT", "征收土地公告", "公告", "", "230202",
                "PUBLIC", "PUBLISHED", "IN_FORCE", Instant.parse("2026-11-02T01:00:00Z"), null, null, "NONE", null, 1,
                "00".repeat(32));

        FeedItem read = JSON.readValue(JSON.writeValueAsString(noPeriod), FeedItem.class);

        assertThat(read).isEqualTo(noPeriod);
        assertThat(read.daysLeft()).isNull();
    }

    @Test
    void aFeedPageIsItemsAndAnOpaqueNextCursorThatDecodesToTheLastItemsPosition() {
        FeedPage page = new FeedPage(List.of(ITEM), FeedCursor.after(ITEM).encode());
        JsonNode json = JSON.readTree(JSON.writeValueAsString(page));

        assertThat(names(json)).containsExactly("items", "nextCursor");
        assertThat(json.get("items").get(0).get("id").asString()).isEqualTo(ITEM.id());
        String token = json.get("nextCursor").asString();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(FeedCursor.decode(token)).isEqualTo(new FeedCursor(ITEM.publishedAt(), ITEM.id()));
        assertThat(JSON.readValue(JSON.writeValueAsString(page), FeedPage.class)).isEqualTo(page);
    }

    @Test
    void theLastPageHasANullNextCursor() {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(new FeedPage(List.of(), null)));

        assertThat(json.get("items").isArray()).isTrue();
        assertThat(json.has("nextCursor")).isTrue();
        assertThat(json.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void aFeedCursorIsPublishedAtAndIdAndItsTokenIsVersioned() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2026-11-02T01:00:00.123Z"), "relief:abc");
        JsonNode json = JSON.readTree(JSON.writeValueAsString(cursor));

        assertThat(names(json)).containsExactly("publishedAt", "id");
        assertThat(json.get("publishedAt").asString()).isEqualTo("2026-11-02T01:00:00.123Z");
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(cursor.encode()),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("v1|" + cursor.publishedAt().toEpochMilli()
                        + "|relief:abc");
    }

    @Test
    void aValidationProblemIsTypeTitleStatusDetailInstanceAndItsListedFieldProblems() {
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION, "请求内容有误，共2处",
                List.of(FieldProblem.of("title", "标题不能为空"), FieldProblem.atLine(3, "身份证号", "校验位不正确")),
                "/api/land/notices");
        JsonNode json = JSON.readTree(JSON.writeValueAsString(problem));

        assertThat(names(json)).contains("type", "title", "status", "detail", "instance", "errors")
                .doesNotContain("properties");
        assertThat(json.get("type").asString()).isEqualTo("https://gongkai.example/problems/validation");
        assertThat(json.get("title").asString()).isEqualTo("请求内容有误");
        assertThat(json.get("status").asInt()).isEqualTo(400);
        assertThat(json.get("detail").asString()).isEqualTo("请求内容有误，共2处");
        assertThat(json.get("instance").asString()).isEqualTo("/api/land/notices");
        JsonNode errors = json.get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(names(errors.get(0))).contains("field", "reason");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("title");
        assertThat(errors.get(0).get("reason").asString()).isEqualTo("标题不能为空");
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("field").asString()).isEqualTo("身份证号");
    }

    @Test
    void aProblemWithoutFieldProblemsHasNoErrorsMemberAndKeepsItsOwnProperties() {
        ProblemDetail problem = Problems.of(ProblemType.CALENDAR_MISSING, "缺少2031年的节假日安排", List.of(), null);
        problem.setProperty("missingYear", 2031);
        JsonNode json = JSON.readTree(JSON.writeValueAsString(problem));

        assertThat(json.get("type").asString()).isEqualTo("https://gongkai.example/problems/calendar-missing");
        assertThat(json.get("status").asInt()).isEqualTo(422);
        assertThat(json.has("errors")).isFalse();
        assertThat(json.get("missingYear").asInt()).isEqualTo(2031);
    }

    private static List<String> names(JsonNode json) {
        return new ArrayList<>(json.propertyNames());
    }
}
