package org.gongkai.gateway.web;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.gongkai.gateway.portal.PortalProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Portal answers as bytes with an ETag of their content, so a conditional GET answers 304 (WebFlux compares
 * If-None-Match for a ResponseEntity that carries an ETag). A complete answer may be cached for a few seconds; one
 * with a sector stale or missing says no-cache, so a client asks again rather than keep a partial page.
 */
@Component
public class PortalResponses {

    /** An answer ready to send: its bytes, their ETag, and whether every sector contributed. */
    public record Rendered(byte[] body, String etag, boolean complete) {
    }

    private final JsonMapper json;
    private final CacheControl complete;

    public PortalResponses(JsonMapper json, PortalProperties properties) {
        this.json = json;
        this.complete = CacheControl.maxAge(properties.maxAge()).cachePublic();
    }

    public Rendered render(Object body, boolean complete) {
        byte[] bytes = json.writeValueAsBytes(body);
        return new Rendered(bytes, etag(bytes), complete);
    }

    /** A sector's JSON answer as {@code type}; a field it leaves out takes its default (false, 0, null). */
    public <T> T read(byte[] body, Class<T> type) {
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(body);
    }

    public ResponseEntity<byte[]> json(Object body, boolean complete) {
        return entity(render(body, complete), MediaType.APPLICATION_JSON);
    }

    public ResponseEntity<byte[]> bytes(byte[] body, MediaType type, boolean complete) {
        return entity(new Rendered(body, etag(body), complete), type);
    }

    public ResponseEntity<byte[]> entity(Rendered rendered, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(rendered.etag())
                .cacheControl(rendered.complete() ? this.complete : CacheControl.noCache())
                .body(rendered.body());
    }

    /**
     * A weak validator from two different CRCs of the body and its length (both CRCs are CPU intrinsics; a
     * cryptographic hash of every answer cost a tenth of the gateway's time in the benchmark).
     */
    static String etag(byte[] body) {
        CRC32C first = new CRC32C();
        first.update(body);
        CRC32 second = new CRC32();
        second.update(ByteBuffer.wrap(body));
        return "W/\"" + Long.toHexString(first.getValue()) + "-" + Long.toHexString(second.getValue()) + "-"
                + Integer.toHexString(body.length) + "\"";
    }
}
