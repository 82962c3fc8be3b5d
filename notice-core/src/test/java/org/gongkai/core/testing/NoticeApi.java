package org.gongkai.core.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The calls every sector's tests make, over one sector's HTTP API: create and revise a draft, take it through
 * review and publication, read it as the department and as the public, upload files, file an objection as a
 * citizen and answer it as the department. A sector's helper adds only its own tokens, drafts and rules.
 */
public class NoticeApi {

    protected final WebTestClient web;
    protected final String sector;
    protected final String editorToken;
    protected final String reviewerToken;

    public NoticeApi(WebTestClient web, String sector, String editorToken, String reviewerToken) {
        this.web = web;
        this.sector = sector;
        this.editorToken = editorToken;
        this.reviewerToken = reviewerToken;
    }

    /** {@code /api/{sector}} followed by {@code rest}. */
    public String path(String rest) {
        return "/api/" + sector + rest;
    }

    public String create(Map<String, Object> draft) {
        return web.post().uri(path("/notices")).headers(h -> h.setBearerAuth(editorToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    /** The editor's replacement of a draft (or, refused, of a published notice). */
    public WebTestClient.ResponseSpec revise(String id, Map<String, Object> draft) {
        return web.put().uri(path("/notices/{id}"), id).headers(h -> h.setBearerAuth(editorToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange();
    }

    public WebTestClient.ResponseSpec post(String token, String id, String action) {
        return web.post().uri(path("/notices/{id}/" + action), id).headers(h -> h.setBearerAuth(token))
                .exchange();
    }

    public WebTestClient.ResponseSpec post(String token, String id, String action, Object body) {
        return web.post().uri(path("/notices/{id}/" + action), id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The editor submits the draft for review, answered as it comes. */
    public WebTestClient.ResponseSpec submit(String id) {
        return post(editorToken, id, "submit");
    }

    /** Submit by the editor, approve by the reviewer. */
    public void review(String id) {
        submit(id).expectStatus().isOk();
        post(reviewerToken, id, "approve").expectStatus().isOk();
    }

    /** The reviewer's publish call on a reviewed notice, answered as it comes. */
    public WebTestClient.ResponseSpec tryPublish(String id) {
        return post(reviewerToken, id, "publish");
    }

    /** Submit, approve and publish; the department's view of the published notice. */
    public Map<String, Object> publish(String id) {
        review(id);
        return body(tryPublish(id).expectStatus().isOk());
    }

    public String createAndPublish(Map<String, Object> draft) {
        String id = create(draft);
        publish(id);
        return id;
    }

    /** The department's view of a notice (as the editor). */
    public Map<String, Object> notice(String id) {
        return body(web.get().uri(path("/notices/{id}"), id).headers(h -> h.setBearerAuth(editorToken)).exchange()
                .expectStatus().isOk());
    }

    public WebTestClient.ResponseSpec publicDetail(String id) {
        return web.get().uri(path("/public/notices/{id}"), id).exchange();
    }


    /** A file posted as the multipart part {@code file}, as the department's pages send it. */
    public WebTestClient.ResponseSpec upload(String token, String uri, String fileName, byte[] bytes) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", bytes).filename(fileName).contentType(MediaType.APPLICATION_OCTET_STREAM);
        return web.post().uri(uri).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build()))
                .exchange();
    }

    public WebTestClient.ResponseSpec uploadRoster(String token, String id, String fileName, byte[] bytes) {
        return upload(token, path("/notices/" + id + "/rosters"), fileName, bytes);
    }

    /** The editor uploads the notice's roster. */
    public WebTestClient.ResponseSpec uploadRoster(String id, String fileName, byte[] bytes) {
        return uploadRoster(editorToken, id, fileName, bytes);
    }

    /** The editor attaches a file to the notice. */
    public WebTestClient.ResponseSpec attach(String id, String fileName, byte[] bytes) {
        return upload(editorToken, path("/notices/" + id + "/attachments"), fileName, bytes);
    }

    /** A citizen's objection, anonymous, as the portal sends it. */
    public WebTestClient.ResponseSpec fileObjection(String id, String name, String contact, String reason,
            boolean collectiveMember) {
        return web.post().uri(path("/public/notices/{id}/objections"), id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "contact", contact, "reason", reason,
                        "collectiveMember", collectiveMember))
                .exchange();
    }

    /** A citizen's objection against one roster line; its id. */
    public String objectionToLine(String id, int rosterLine, String name, String contact, String reason) {
        return body(web.post().uri(path("/public/notices/{id}/objections"), id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "contact", contact, "reason", reason, "rosterLine", rosterLine))
                .exchange().expectStatus().isCreated()).get("id").toString();
    }

    /** A citizen's objection, received; its id. */
    public String objection(String id, String name, String contact, String reason, boolean collectiveMember) {
        return body(fileObjection(id, name, contact, reason, collectiveMember).expectStatus().isCreated())
                .get("id").toString();
    }

    /** The department's answer to an objection: {@code UPHELD} or {@code DISMISSED}, with its reason. */
    public WebTestClient.ResponseSpec answer(String token, String objectionId, String outcome, String reason) {
        return web.post().uri(path("/objections/{id}/answer"), objectionId)
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", outcome, "reason", reason)).exchange();
    }

    /** The reviewer's answer to an objection. */
    public WebTestClient.ResponseSpec answer(String objectionId, String outcome, String reason) {
        return answer(reviewerToken, objectionId, outcome, reason);
    }

    /** The body of an answer as a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(Map.class).returnResult().getResponseBody();
    }

    /** A copy of {@code draft} with {@code key} set to {@code value}. */
    public static Map<String, Object> with(Map<String, Object> draft, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(draft);
        changed.put(key, value);
        return changed;
    }

    /** A copy of {@code draft} whose payload has {@code key} set to {@code value}, or removed when it is null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> withPayload(Map<String, Object> draft, String key, Object value) {
        Map<String, Object> payload = new HashMap<>((Map<String, Object>) draft.get("payload"));
        if (value == null) {
            payload.remove(key);
        } else {
            payload.put(key, value);
        }
        return with(draft, "payload", payload);
    }
}
