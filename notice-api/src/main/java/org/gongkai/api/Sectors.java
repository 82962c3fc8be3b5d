package org.gongkai.api;

/** Header names and the public paths every sector serves, so the gateway and the sectors cannot drift apart. */
public final class Sectors {
    public static final String FEED_PATH = "/public/feed";
    public static final String NOTICE_PATH = "/public/notices/{id}";
    public static final String CATALOG_PATH = "/public/catalog";

    private Sectors() {
    }
}
