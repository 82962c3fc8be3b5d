package org.gongkai.api.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Answers a request whose address cannot be parsed (a malformed percent-escape such as {@code ?q=%zz}, or an
 * unencoded character) with a
 * Chinese problem+json 400, where Spring's adapter would answer an empty 400 before any handler runs. Installed
 * right after Reactor Netty's HTTP codec by {@link #install}.
 */
public final class MalformedUriGuard extends ChannelInboundHandlerAdapter {

    static final String BODY = "{\"type\":\"https://gongkai.example/problems/validation\",\"title\":\"请求内容有误\","
            + "\"status\":400,\"detail\":\"请求地址无效：含有不完整的百分号转义（“%”后应为两位十六进制数字，"
            + "如中文“公”应写作%E5%85%AC）或未经编码的字符，请检查链接是否复制完整\"}";

    private boolean discarding;

    /** For a {@code NettyServerCustomizer}: every connection gets its own guard. */
    public static HttpServer install(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "gongkai.malformedUriGuard",
                        new MalformedUriGuard());
            }
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request && !valid(request.uri())) {
            ReferenceCountUtil.release(msg);
            discarding = !(msg instanceof LastHttpContent);
            ctx.writeAndFlush(problem()).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (discarding && msg instanceof HttpContent) {
            discarding = !(msg instanceof LastHttpContent);
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    static boolean valid(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static FullHttpResponse problem() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST,
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json;charset=UTF-8")
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, "close")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set("X-Content-Type-Options", "nosniff");
        return response;
    }
}
