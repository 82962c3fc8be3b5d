package org.gongkai.core.roster;

import org.gongkai.core.content.ContentDispositions;

/**
 * The Content-Disposition of a roster download: an attachment named after the notice ("<title>_名单.csv", RFC 5987
 * {@code filename*} in UTF-8), with an ASCII {@code filename} for clients that read only that. Only letters, digits
 * and {@code - _ （ ） ( )} are kept from the title, so no path, quote, control or direction character reaches the
 * user's disk.
 */
final class DownloadName {

    static final int MAX_TITLE = 60;

    private static final String ROSTER = "名单";
    private static final String KEPT = "-_（）()";

    private DownloadName() {
    }

    static String disposition(String title, String id, String extension) {
        String ascii = "roster-" + idPart(id) + "." + extension;
        return ContentDispositions.attachment(ascii, fileName(title, id, extension));
    }

    static String fileName(String title, String id, String extension) {
        String safe = safe(title == null ? "" : title);
        if (safe.isEmpty()) {
            return "名单_" + idPart(id) + "." + extension;
        }
        return (safe.endsWith(ROSTER) ? safe : safe + "_" + ROSTER) + "." + extension;
    }

    private static String safe(String title) {
        StringBuilder out = new StringBuilder();
        title.codePoints().limit(MAX_TITLE).forEach(cp -> {
            boolean kept = Character.isLetterOrDigit(cp) || cp < Character.MIN_SUPPLEMENTARY_CODE_POINT
                    && KEPT.indexOf(cp) >= 0;
            if (kept) {
                out.appendCodePoint(cp);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        });
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '_') {
            end--;
        }
        return out.substring(0, end);
    }

    private static String idPart(String id) {
        return id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "");
    }
}
