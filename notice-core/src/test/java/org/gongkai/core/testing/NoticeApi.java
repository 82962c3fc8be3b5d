package org.gongkai.core.testing;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The calls every sector's tests make: create a draft, post a lifecycle action on a notice, file an objection as a
 * citizen and answer it as the department.
 */
public class NoticeApi {

    protected final WebTestClient web;
    private final String sector;
    private final String editorToken;

    public NoticeApi(WebTestClient web, String sector, String editorToken) {
        this.web = web;
        this.sector = sector;
        this.editorToken = editorToken;
    }

    public String create(Map<String, Object> draft) {
        return web.post().uri("/api/" + sector + "/notices").headers(h -> h.setBearerAuth(editorToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    public WebTestClient.ResponseSpec post(String token, String id, String action) {
        return web.post().uri("/api/" + sector + "/notices/{id}/" + action, id).headers(h -> h.setBearerAuth(token))
                .exchange();
    }

    public WebTestClient.ResponseSpec post(String token, String id, String action, Object body) {
        return web.post().uri("/api/" + sector + "/notices/{id}/" + action, id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A citizen's objection, anonymous, as the portal sends it. */
    public WebTestClient.ResponseSpec fileObjection(String id, String name, String contact, String reason,
            boolean collectiveMember) {
        return web.post().uri("/api/" + sector + "/public/notices/{id}/objections", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "contact", contact, "reason", reason,
                        "collectiveMember", collectiveMember))
                .exchange();
    }

    /** The department's answer to an objection: {@code UPHELD} or {@code DISMISSED}, with its reason. */
    public WebTestClient.ResponseSpec answer(String token, String objectionId, String outcome, String reason) {
        return web.post().uri("/api/" + sector + "/objections/{id}/answer", objectionId)
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", outcome, "reason", reason)).exchange();
    }
}
