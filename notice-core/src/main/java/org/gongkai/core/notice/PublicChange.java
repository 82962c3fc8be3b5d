package org.gongkai.core.notice;

/** Published when something the public reads changed, so cached feed pages and details are dropped at once. */
public record PublicChange(String noticeId) {
}
