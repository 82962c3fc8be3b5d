package org.gongkai.core.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** Every kind of error the suite answers, each with a stable type URI and a Chinese title. */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "请求内容有误"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "未找到"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "需要登录"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "无权执行此操作"),
    ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT, "当前状态不允许此操作"),
    REVIEWER_IS_AUTHOR("reviewer-is-author", HttpStatus.FORBIDDEN, "审核人不能审核自己起草的公告"),
    PRIVACY_LEAK("privacy-leak", HttpStatus.UNPROCESSABLE_ENTITY, "发现未脱敏的个人信息，禁止发布"),
    CONCLUSION_BLOCKED("conclusion-blocked", HttpStatus.CONFLICT, "公告暂不能结束公示"),
    OUTSIDE_PUBLICITY("outside-publicity", HttpStatus.CONFLICT, "不在公示期内"),
    CALENDAR_MISSING("calendar-missing", HttpStatus.UNPROCESSABLE_ENTITY, "缺少节假日安排，无法计算期限"),
    ROSTER_REJECTED("roster-rejected", HttpStatus.UNPROCESSABLE_ENTITY, "名单未通过校验，已整体退回"),
    ROSTER_WITHDRAWN("roster-withdrawn", HttpStatus.GONE, "名单已过公开期限，已撤下"),
    ATTACHMENT_REJECTED("attachment-rejected", HttpStatus.UNPROCESSABLE_ENTITY, "附件未通过检查，已退回"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "文件过大"),
    UNSUPPORTED_MEDIA("unsupported-media", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的文件类型"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "数据已被他人修改，请刷新后重试"),
    DUPLICATE("duplicate", HttpStatus.CONFLICT, "重复提交"),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误");

    public static final String BASE = "https://gongkai.example/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
