package org.gongkai.api;

/** Header names and the public paths every sector serves, so the gateway and the sectors cannot drift apart. */
public final class Sectors {
    public static final String FEED_PATH = "/public/feed";
    public static final String CHANGES_PATH = "/public/changes";
    public static final String SNAPSHOT_PATH = "/public/snapshot";
    public static final String NOTICE_PATH = "/public/notices/{id}";
    public static final String VERIFY_PATH = "/public/notices/{id}/verify";
    public static final String CATALOG_PATH = "/public/catalog";
    public static final String STATS_PATH = "/public/stats";
    /** The public period calculator (start, length and unit, or a notice type's catalogue row). */
    public static final String PERIOD_PATH = "/public/calendar/period";
    /** Where every service serves its OpenAPI document (springdoc's default). */
    public static final String API_DOCS_PATH = "/v3/api-docs";

    /** What a sector's name may be: it becomes a path segment, a database name and an environment variable. */
    public static final String NAME_PATTERN = "[a-z][a-z0-9-]*";

    /** A sector's API lives under this prefix, at the sector and through the gateway's route alike. */
    public static String apiPath(String sector) {
        return "/api/" + sector;
    }

    private Sectors() {
    }
}
