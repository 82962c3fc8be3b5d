package org.gongkai.api.index;

import java.time.Instant;

/** What a feed index needs of an entry: its global id, its place in feed order and the text a keyword matches. */
public interface Indexed {

    String id();

    Instant publishedAt();

    /** Plain, lower-cased title and body. */
    String searchText();
}
