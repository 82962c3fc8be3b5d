package org.gongkai.core.content;

import java.nio.charset.StandardCharsets;

/**
 * The one way a download names its file (RFC 6266): {@code attachment} with an ASCII {@code filename} for clients
 * that read only that, and the real name in {@code filename*} as UTF-8 (RFC 5987 percent-encoding). Callers pass
 * names already made safe.
 */
public final class ContentDispositions {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {
    }

    public static String attachment(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encode(name);
    }

    /** RFC 5987 value characters: attr-char as it is, every other UTF-8 byte percent-encoded. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
