package org.gongkai.core.content;

/** The attachment types a notice may carry, told apart by content, never by file name. */
public enum AttachmentKind {
    PDF("application/pdf", "PDF文档", "pdf"),
    PNG("image/png", "PNG图片", "png"),
    JPEG("image/jpeg", "JPEG图片", "jpg");

    private final String mimeType;
    private final String displayName;
    private final String extension;

    AttachmentKind(String mimeType, String displayName, String extension) {
        this.mimeType = mimeType;
        this.displayName = displayName;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** Chinese name for messages, e.g. "PDF文档". */
    public String displayName() {
        return displayName;
    }

    /** The extension to store and serve the file under, whatever it was uploaded as. */
    public String extension() {
        return extension;
    }
}
