package org.gongkai.core.roster;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells the charset of a text upload from its first bytes: a BOM wins; otherwise strict UTF-8 if the sample
 * decodes, else GB18030, which reads GBK and GB2312 files too (what Excel on Chinese Windows saves).
 */
final class EncodingDetector {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private EncodingDetector() {
    }

    public static Charset detect(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return isUtf8(head) ? StandardCharsets.UTF_8 : GB18030;
    }

    /** How many leading bytes are a byte-order mark, to be skipped before decoding. */
    public static int bomLength(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return 2;
        }
        return 0;
    }

    /** The sample may end inside a multibyte character; only bytes that can never be UTF-8 count against it. */
    private static boolean isUtf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult result = decoder.decode(in, out, false);
        return !result.isError() && in.remaining() < 4;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
