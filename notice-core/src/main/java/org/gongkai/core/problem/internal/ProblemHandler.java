package org.gongkai.core.problem.internal;

import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.calendar.CalendarYearMissingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.util.unit.DataSize;
import org.gongkai.core.problem.internal.Problems;

/** Turns every exception into application/problem+json; never a stack trace, never a bare 500 for bad input. */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final DataSize bodyLimit;
    private final DataSize partLimit;

    ProblemHandler(@Value("${spring.http.codecs.max-in-memory-size:256KB}") DataSize bodyLimit,
            @Value("${spring.webflux.multipart.max-disk-usage-per-part:64MB}") DataSize partLimit) {
        this.bodyLimit = bodyLimit;
        this.partLimit = partLimit;
    }

    /** An upload part or a body over its limit, however deep the codec threw it. */
    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> tooLarge(DataBufferLimitException e, ServerWebExchange exchange) {
        return respond(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, tooLargeDetail(exchange), List.of(),
                path(exchange)));
    }

    private String tooLargeDetail(ServerWebExchange exchange) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            return "上传的文件超过" + human(partLimit) + "上限，请压缩或拆分后再上传";
        }
        return "请求内容超过" + human(bodyLimit) + "上限，请精简内容；文件请作为附件或名单上传";
    }

    private static String human(DataSize size) {
        long bytes = size.toBytes();
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / 1024 / 1024 + "MB"
                : bytes >= 1024 ? bytes / 1024 + "KB" : bytes + "字节";
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, ServerWebExchange exchange) {
        ProblemDetail body = Problems.of(e.type(), e.getMessage(), e.errors(), path(exchange));
        e.properties().forEach(body::setProperty);
        Object retryAfter = e.properties().get(ProblemException.RETRY_AFTER_SECONDS);
        if (retryAfter != null) {
            return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Retry-After", retryAfter.toString()).body(body);
        }
        return respond(body);
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> binding(WebExchangeBindException e, ServerWebExchange exchange) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getFieldErrors().forEach(f -> errors.add(FieldProblem.of(f.getField(), f.getDefaultMessage())));
        e.getGlobalErrors().forEach(g -> errors.add(FieldProblem.of(g.getObjectName(), g.getDefaultMessage())));
        return respond(Problems.of(ProblemType.VALIDATION, "共有" + errors.size() + "处问题，请逐项修改", errors,
                path(exchange)));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> input(ServerWebInputException e, ServerWebExchange exchange) {
        String field = e.getMethodParameter() != null ? e.getMethodParameter().getParameterName() : "request";
        String reason = inputReason(e, field);
        return respond(Problems.of(ProblemType.VALIDATION, reason, List.of(FieldProblem.of(field, reason)),
                path(exchange)));
    }

    /** In Chinese, naming the parameter, never a class name or Spring's English sentence. */
    private static String inputReason(ServerWebInputException e, String field) {
        if (e instanceof MissingRequestValueException missing) {
            return "缺少" + ("request part".equals(missing.getLabel()) ? "上传的文件部分" : "请求参数") + "「"
                    + missing.getName() + "」";
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TypeMismatchException mismatch) {
                return "参数「" + field + "」的值「" + mismatch.getValue() + "」格式不对";
            }
        }
        if (e.getMethodParameter() != null && !e.getMethodParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.RequestBody.class)) {
            return "参数「" + field + "」的值无效";
        }
        return "请求体无法解析（不是有效的JSON，或字段类型不符）";
    }

    @ExceptionHandler(CalendarYearMissingException.class)
    ResponseEntity<ProblemDetail> calendar(CalendarYearMissingException e, ServerWebExchange exchange) {
        ProblemDetail body = Problems.of(ProblemType.CALENDAR_MISSING, e.getMessage(), List.of(), path(exchange));
        body.setProperty("missingYear", e.year());
        body.setProperty("calendarFile", e.file());
        return respond(body);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e, ServerWebExchange exchange) {
        return respond(Problems.of(ProblemType.CONFLICT, "该公告刚被他人修改，本次操作未生效", List.of(), path(exchange)));
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<ProblemDetail> mediaType(UnsupportedMediaTypeStatusException e, ServerWebExchange exchange) {
        String sent = e.getContentType() == null ? "（未注明）" : e.getContentType().toString();
        String supported = e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : String.join("、", e.getSupportedMediaTypes().stream().map(Object::toString).toList());
        return respond(Problems.of(ProblemType.UNSUPPORTED_MEDIA, "不支持以「" + sent + "」提交，请使用 " + supported,
                List.of(), path(exchange)));
    }

    @ExceptionHandler(MethodNotAllowedException.class)
    ResponseEntity<ProblemDetail> method(MethodNotAllowedException e, ServerWebExchange exchange) {
        ProblemDetail body = Problems.of(ProblemType.METHOD_NOT_ALLOWED, "该接口不支持 " + e.getHttpMethod() + " 方法",
                List.of(), path(exchange));
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .allow(e.getSupportedMethods().toArray(org.springframework.http.HttpMethod[]::new)).body(body);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, ServerWebExchange exchange) {
        int code = e.getStatusCode().value();
        ProblemType type = code == 404 ? ProblemType.NOT_FOUND
                : code == 413 ? ProblemType.PAYLOAD_TOO_LARGE
                : code == 415 ? ProblemType.UNSUPPORTED_MEDIA
                : e.getStatusCode().is4xxClientError() ? ProblemType.VALIDATION : ProblemType.INTERNAL;
        String detail = code == 404 ? "没有这个接口：" + exchange.getRequest().getMethod() + " " + path(exchange)
                : code == 413 ? tooLargeDetail(exchange)
                : type.title();
        return respond(Problems.of(e.getStatusCode(), type, detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, ServerWebExchange exchange) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DataBufferLimitException limit) {
                return tooLarge(limit, exchange);
            }
        }
        log.error("unexpected error on {}", path(exchange), e);
        return respond(Problems.of(ProblemType.INTERNAL, "服务内部错误，请稍后重试", List.of(), path(exchange)));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
