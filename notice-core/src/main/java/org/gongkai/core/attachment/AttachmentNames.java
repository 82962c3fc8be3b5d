package org.gongkai.core.attachment;

import org.gongkai.core.content.ContentDispositions;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.content.AttachmentKind;

/**
 * The name an attachment is stored and served under: the last segment of whatever path the browser sent, without
 * control, invisible or reserved characters, without leading dots, at most {@link #MAX_LENGTH} characters, and
 * always ending in the extension of the kind its bytes proved it to be. A name with nothing left gets one made
 * from the file's digest.
 */
final class AttachmentNames {

    public static final int MAX_LENGTH = 100;

    private static final String RESERVED = "<>:\"|?*\u2215\u2044\u29F8\uFF0F\uFF3C";
    private static final Pattern EXTENSION = Pattern.compile("\\.(?=[A-Za-z0-9]{0,4}[A-Za-z])[A-Za-z0-9]{1,5}$");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private AttachmentNames() {
    }

    /** The safe name for an upload called {@code uploaded} whose bytes are {@code kind} and digest {@code sha256}. */
    public static String safe(String uploaded, AttachmentKind kind, String sha256) {
        String stem = stem(uploaded == null ? "" : uploaded);
        String suffix = "." + kind.extension();
        if (stem.isEmpty()) {
            stem = sha256 == null || sha256.length() < 8 ? "附件" : "附件-" + sha256.substring(0, 8);
        }
        stem = trim(truncate(stem, MAX_LENGTH - suffix.length()));
        return stem + suffix;
    }

    /**
     * The {@code Content-Disposition} value for a download (RFC 6266): an ASCII {@code filename} for old clients
     * and the real name as UTF-8 in {@code filename*} (RFC 5987 percent-encoding). The name is made safe again, so
     * no header ever carries a path, a quote or a line break, whatever the store holds.
     */
    public static String contentDisposition(String storedName, AttachmentKind kind, String sha256) {
        String name = safe(storedName, kind, sha256);
        return ContentDispositions.attachment(asciiFallback(name, kind), name);
    }

    private static String stem(String uploaded) {
        String name = Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (RESERVED.indexOf(c) >= 0) {
                kept.append('_');
            } else if (!invisible(c)) {
                kept.appendCodePoint(c);
            }
        });
        name = SPACES.matcher(kept).replaceAll(" ");
        name = trim(EXTENSION.matcher(name.strip()).replaceFirst(""));
        String device = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return DEVICES.contains(device.strip().toUpperCase(Locale.ROOT)) ? "_" + name : name;
    }

    /** Control characters (NUL included), format characters such as the right-to-left override, separators. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }

    /** No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them). */
    private static String trim(String name) {
        int from = 0;
        while (from < name.length() && (name.charAt(from) == '.' || name.charAt(from) == ' ')) {
            from++;
        }
        int to = name.length();
        while (to > from && (name.charAt(to - 1) == '.' || name.charAt(to - 1) == ' ')) {
            to--;
        }
        return name.substring(from, to);
    }

    private static String truncate(String stem, int codePoints) {
        if (stem.codePointCount(0, stem.length()) <= codePoints) {
            return stem;
        }
        return stem.substring(0, stem.offsetByCodePoints(0, codePoints));
    }

    private static String asciiFallback(String name, AttachmentKind kind) {
        String stem = name.substring(0, name.length() - kind.extension().length() - 1);
        String ascii = stem.replaceAll("[^\\x20-\\x7E]+", "_").replace('"', '_').replace('\\', '_');
        return (ascii.matches(".*[A-Za-z0-9].*") ? ascii : "attachment") + "." + kind.extension();
    }
}
