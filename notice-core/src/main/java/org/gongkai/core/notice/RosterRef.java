package org.gongkai.core.notice;

import java.time.LocalDate;

/**
 * The roster upload currently attached to the notice. Pointing the notice at an upload is the single atomic
 * flip that makes its staged rows visible. {@code publicUntil} is set at publication (period end + retention).
 */
public record RosterRef(String uploadId, String type, int rows, String digest, LocalDate publicUntil) {

    public RosterRef withPublicUntil(LocalDate until) {
        return new RosterRef(uploadId, type, rows, digest, until);
    }
}
