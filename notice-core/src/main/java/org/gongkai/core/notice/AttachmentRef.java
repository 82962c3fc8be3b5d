package org.gongkai.core.notice;

/** A file stored with the notice (GridFS id), its checked kind, size and SHA-256. */
public record AttachmentRef(String id, String name, String kind, long size, String sha256) {
}
