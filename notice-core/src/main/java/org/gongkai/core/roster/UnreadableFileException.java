package org.gongkai.core.roster;

/** The upload as a whole cannot be read; the message is the Chinese reason shown to the uploader. */
final class UnreadableFileException extends Exception {

    UnreadableFileException(String reason) {
        super(reason);
    }

    UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
