package org.gongkai.core.notice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which notices a sector rule asks for, in the sector's words: a type, a region, payload values, statuses, only what
 * the public may read. Only this class knows how a notice is stored (its document field names), so no sector writes
 * a store query. Run it with {@link NoticeFinder}.
 */
public final class NoticeQuery {

    private String type;
    private String region;
    private final Map<String, Object> payload = new LinkedHashMap<>();
    private Set<NoticeStatus> statuses;
    private final List<String> exceptIds = new ArrayList<>();
    private boolean publicOnly;
    private boolean oldestFirst;

    private NoticeQuery() {
    }

    /** Notices of every type. */
    public static NoticeQuery notices() {
        return new NoticeQuery();
    }

    /** Notices of one type. */
    public static NoticeQuery ofType(String type) {
        NoticeQuery query = new NoticeQuery();
        query.type = type;
        return query;
    }

    /** Exactly this region code (not its sub-regions). */
    public NoticeQuery inRegion(String regionCode) {
        this.region = regionCode;
        return this;
    }

    /** The payload's {@code key} equals {@code value}. */
    public NoticeQuery withPayload(String key, Object value) {
        payload.put(key, value);
        return this;
    }

    public NoticeQuery inStatus(Collection<NoticeStatus> wanted) {
        this.statuses = Set.copyOf(wanted);
        return this;
    }

    public NoticeQuery except(Collection<String> ids) {
        exceptIds.addAll(ids);
        return this;
    }

    /** Only what the public may read: proactively disclosed, published, in a public status ({@link Notice#isPublic}). */
    public NoticeQuery publicOnly() {
        this.publicOnly = true;
        return this;
    }

    /** Oldest publication first (then by id), instead of store order. */
    public NoticeQuery oldestPublishedFirst() {
        this.oldestFirst = true;
        return this;
    }

    boolean isPublicOnly() {
        return publicOnly;
    }

    /** The same text for the same conditions, whatever order they were given in: a cache key. */
    String key() {
        return "type=" + type + "|region=" + region + "|payload=" + new java.util.TreeMap<>(payload)
                + "|status=" + (statuses == null ? null : new java.util.TreeSet<>(statuses))
                + "|except=" + new java.util.TreeSet<>(exceptIds) + "|public=" + publicOnly
                + "|oldestFirst=" + oldestFirst;
    }

    Query toStoreQuery() {
        Criteria criteria = new Criteria();
        if (type != null) {
            criteria = criteria.and("type").is(type);
        }
        if (region != null) {
            criteria = criteria.and("region").is(region);
        }
        for (Map.Entry<String, Object> entry : payload.entrySet()) {
            criteria = criteria.and("payload." + entry.getKey()).is(entry.getValue());
        }
        Set<NoticeStatus> wanted = statuses;
        if (publicOnly) {
            criteria = criteria.and("disclosure").is(Disclosure.PROACTIVE).and("publishedAt").ne(null);
            wanted = wanted == null ? NoticeStatus.PUBLIC : intersection(wanted, NoticeStatus.PUBLIC);
        }
        if (wanted != null) {
            criteria = criteria.and("status").in(wanted);
        }
        if (!exceptIds.isEmpty()) {
            criteria = criteria.and("_id").nin(exceptIds);
        }
        Query query = Query.query(criteria);
        return oldestFirst ? query.with(Sort.by(Sort.Order.asc("publishedAt"), Sort.Order.asc("_id"))) : query;
    }

    private static Set<NoticeStatus> intersection(Set<NoticeStatus> a, Set<NoticeStatus> b) {
        return a.stream().filter(b::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
