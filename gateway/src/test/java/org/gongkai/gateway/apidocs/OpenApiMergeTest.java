package org.gongkai.gateway.apidocs;

import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import okhttp3.mockwebserver.MockResponse;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The merged OpenAPI document, from the gateway's own document and two sectors' (land's real springdoc output,
 * captured from the land service; housing's is the same with its own paths and one schema that differs), checked
 * with swagger-parser's validation.
 */
class OpenApiMergeTest extends PortalTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static String landDocs() throws IOException {
        try (InputStream in = OpenApiMergeTest.class.getResourceAsStream("/api-docs/land.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String housingDocs() throws IOException {
        ObjectNode docs = (ObjectNode) JSON.readTree(landDocs().replace("/api/land/", "/api/housing/"));
        // a schema of the same name but another shape, as two sectors' payloads will have
        ((ObjectNode) docs.path("components").path("schemas").path("FeedItem").path("properties"))
                .putObject("lotteryNumber").put("type", "string");
        return JSON.writeValueAsString(docs);
    }

    @Test
    void theMergedDocumentHoldsThePortalAndEverySectorAndPassesValidation() throws IOException {
        land.on("/v3/api-docs", new MockResponse().setHeader("Content-Type", "application/json").setBody(landDocs()));
        housing.on("/v3/api-docs", new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(housingDocs()));

        String merged = client.get().uri("/api/portal/openapi.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(merged, null, options);
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/portal/feed", "/api/portal/atom",
                "/api/portal/catalog", "/api/portal/stats", "/api/portal/notices/{globalId}/history",
                "/api/land/public/feed", "/api/housing/public/feed");
        assertThat(result.getOpenAPI().getPaths().keySet()).noneMatch(path -> path.startsWith("/fallback"));
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("FeedItem", "HousingFeedItem");

        JsonNode doc = JSON.readTree(merged);
        assertThat(doc.path("paths").path("/api/portal/feed").path("get").path("summary").asString())
                .isEqualTo("统一公告信息流");
        assertThat(doc.path("paths").path("/api/housing/public/feed").path("get").path("operationId").asString())
                .isEqualTo("housing_feed");
        assertThat(doc.path("paths").path("/api/housing/public/feed").path("get").path("responses").path("200")
                .toString()).contains("#/components/schemas/HousingFeedPage").doesNotContain("\"#/components/schemas/FeedPage\"");
        assertThat(doc.path("x-sectors").path("land").path("status").asString()).isEqualTo("ok");
        List<String> operationIds = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                operationIds.add(op.path("operationId").asString());
            }
        }));
        Set<String> unique = new HashSet<>(operationIds);
        assertThat(unique).hasSameSizeAs(operationIds);
    }

    @Test
    void aSectorWithoutItsDocumentIsNamedAndTheRestStillValidates() throws IOException {
        land.on("/v3/api-docs", new MockResponse().setHeader("Content-Type", "application/json").setBody(landDocs()));
        housing.on("/v3/api-docs", new MockResponse().setResponseCode(502));

        String merged = client.get().uri("/api/portal/openapi.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(merged, null, new ParseOptions());
        assertThat(result.getMessages()).isEmpty();
        assertThat(JSON.readTree(merged).path("x-sectors").path("housing").path("status").asString())
                .isEqualTo("unavailable");
        assertThat(result.getOpenAPI().getPaths()).doesNotContainKey("/api/housing/public/feed");
    }

    @Test
    void theSwaggerUiIsServedAndPointsAtTheMergedDocument() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.url").isEqualTo("/api/portal/openapi.json");
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }
}
