package org.gongkai.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The one keyset position every sector and the gateway understand: newest first by {@code publishedAt}, ties
 * broken by the global id (descending). The token is opaque to clients; its format is versioned so it can change.
 */
public record FeedCursor(Instant publishedAt, String id) {

    private static final String VERSION = "v1";

    public FeedCursor {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(id, "id");
    }

    public static FeedCursor after(FeedItem item) {
        return new FeedCursor(item.publishedAt(), item.id());
    }

    public String encode() {
        String raw = VERSION + "|" + publishedAt.toEpochMilli() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token was not made by {@link #encode()} */
    public static FeedCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw new IllegalArgumentException("not a feed cursor");
            }
            return new FeedCursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not valid: " + token, e);
        }
    }

    /** True when {@code item} comes strictly after this position in feed order (older, or same time and lower id). */
    public boolean isBefore(FeedItem item) {
        int byTime = item.publishedAt().compareTo(publishedAt);
        return byTime < 0 || (byTime == 0 && item.id().compareTo(id) < 0);
    }
}
