package org.gongkai.gateway.portal;

import java.util.List;

/** The portal feed's query parameters as sent, before validation. {@code sector} may repeat or be comma-separated. */
public record FeedRequest(
        String limit,
        String cursor,
        List<String> sector,
        String type,
        String region,
        String phase,
        String q,
        String from,
        String to) {
}
