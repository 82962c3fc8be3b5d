package org.gongkai.core.content;

import java.util.Optional;

/** Recognises an upload by its first bytes (magic numbers); the name it came with proves nothing. */
public final class AttachmentSniffer {

    /** How many leading bytes {@link #detect(byte[])} needs at most. */
    public static final int HEAD_LENGTH = 8;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private AttachmentSniffer() {
    }

    public static Optional<AttachmentKind> detect(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (startsWith(head, PDF)) {
            return Optional.of(AttachmentKind.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(AttachmentKind.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(AttachmentKind.JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
