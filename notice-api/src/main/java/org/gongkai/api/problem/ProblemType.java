package org.gongkai.api.problem;

import java.net.URI;

/**
 * Every kind of error the suite answers, sectors and gateway alike, each with a stable type URI, its HTTP status and
 * a Chinese title. The one list: a client can rely on a type URI meaning the same thing whoever answered.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "请求内容有误"),
    NOT_FOUND("not-found", 404, "未找到"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "不支持该请求方法"),
    UNAUTHENTICATED("unauthenticated", 401, "需要登录"),
    FORBIDDEN("forbidden", 403, "无权执行此操作"),
    ILLEGAL_TRANSITION("illegal-transition", 409, "当前状态不允许此操作"),
    REVIEWER_IS_AUTHOR("reviewer-is-author", 403, "审核人不能审核自己起草的公告"),
    PRIVACY_LEAK("privacy-leak", 422, "发现未脱敏的个人信息，禁止发布"),
    CONCLUSION_BLOCKED("conclusion-blocked", 409, "公告暂不能结束公示"),
    OUTSIDE_PUBLICITY("outside-publicity", 409, "不在公示期内"),
    CALENDAR_MISSING("calendar-missing", 422, "缺少节假日安排，无法计算期限"),
    ROSTER_REJECTED("roster-rejected", 422, "名单未通过校验，已整体退回"),
    ROSTER_WITHDRAWN("roster-withdrawn", 410, "名单已过公开期限，已撤下"),
    ATTACHMENT_REJECTED("attachment-rejected", 422, "附件未通过检查，已退回"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "文件过大"),
    UNSUPPORTED_MEDIA("unsupported-media", 415, "不支持的文件类型"),
    CONFLICT("conflict", 409, "数据已被他人修改，请刷新后重试"),
    DUPLICATE("duplicate", 409, "重复提交"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "提交过于频繁"),
    RATE_LIMITED("rate-limited", 429, "请求过于频繁"),
    SECTOR_UNAVAILABLE("sector-unavailable", 503, "该板块暂时无法访问"),
    INTERNAL("internal", 500, "服务内部错误");

    public static final String BASE = "https://gongkai.example/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
