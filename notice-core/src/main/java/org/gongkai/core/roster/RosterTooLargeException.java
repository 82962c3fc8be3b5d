package org.gongkai.core.roster;

/** The upload is larger than {@link RosterLimits#maxBytes()}; reading stopped there. */
class RosterTooLargeException extends RuntimeException {

    private final long maxBytes;

    public RosterTooLargeException(long maxBytes) {
        super("文件超过大小上限" + describe(maxBytes));
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    private static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes + " 字节";
    }
}
