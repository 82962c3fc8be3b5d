package org.gongkai.core.privacy;

import java.io.ByteArrayOutputStream;
import org.gongkai.api.privacy.PublicResponseGuard;

/**
 * {@link PublicResponseGuard} over a text body that arrives in pieces (a streamed CSV download), without holding the
 * whole body: each piece is guarded up to its last line break and the rest waits for the next piece. No personal
 * number spans a line break (a line break is neither a digit nor a separator between digit groups), so this masks
 * exactly what guarding the whole body at once would. A body without line breaks is held until it ends.
 */
final class LineGuard {

    private static final byte LF = '\n';

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int masked;

    /** The guarded lines completed by this piece (possibly none). */
    byte[] next(byte[] piece) {
        int lastBreak = lastIndexOf(piece, LF);
        if (lastBreak < 0) {
            pending.writeBytes(piece);
            return new byte[0];
        }
        pending.write(piece, 0, lastBreak + 1);
        byte[] lines = guard(pending.toByteArray());
        pending.reset();
        pending.write(piece, lastBreak + 1, piece.length - lastBreak - 1);
        return lines;
    }

    /** The guarded rest, once the body has ended. */
    byte[] end() {
        byte[] rest = guard(pending.toByteArray());
        pending.reset();
        return rest;
    }

    /** How many numbers were masked so far. */
    int masked() {
        return masked;
    }

    private byte[] guard(byte[] text) {
        if (text.length == 0) {
            return text;
        }
        PublicResponseGuard.Guarded guarded = PublicResponseGuard.guard(text);
        masked += guarded.masked();
        return guarded.body();
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
