package org.gongkai.gateway.portal;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.springframework.core.codec.CodecException;
import org.springframework.web.reactive.function.UnsupportedMediaTypeException;

/** Turns what went wrong in a call to a sector into a reason a reader of the portal can understand. */
final class SectorFailures {

    private SectorFailures() {
    }

    static String reasonFor(Throwable error, Duration timeout) {
        if (error instanceof CallNotPermittedException) {
            return "板块近期多次失败，已暂停调用，稍后自动恢复";
        }
        if (error instanceof BulkheadFullException) {
            return "板块同时处理的请求已满，本次未调用";
        }
        if (error instanceof BadSectorResponse bad) {
            return bad.getMessage();
        }
        if (hasCause(error, TimeoutException.class) || hasCause(error, io.netty.handler.timeout.TimeoutException.class)) {
            return "板块未在" + readable(timeout) + "内答复";
        }
        if (hasCause(error, ConnectException.class)) {
            return "无法连接板块服务";
        }
        if (hasCause(error, CodecException.class) || hasCause(error, UnsupportedMediaTypeException.class)) {
            return "板块返回的数据无法识别";
        }
        return "板块暂时无法访问";
    }

    static String readable(Duration duration) {
        if (duration.toMillis() % 1000 == 0) {
            return duration.toSeconds() + "秒";
        }
        return duration.toMillis() + "毫秒";
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The sector answered, but not with what the feed contract promises; counts as a failure for its breaker. */
    static final class BadSectorResponse extends RuntimeException {
        BadSectorResponse(String reason) {
            super(reason, null, false, false);
        }
    }
}
