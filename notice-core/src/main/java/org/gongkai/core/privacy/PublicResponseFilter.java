package org.gongkai.core.privacy;

import org.gongkai.api.privacy.PublicResponseGuard;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import org.gongkai.core.privacy.internal.PublicLeaks;

/**
 * Every public answer of the sector ({@code /api/{sector}/public/**}) goes through {@link PublicResponseGuard} on its
 * way out: a number that reached the store around the privacy gate is masked and reported to {@link PublicLeaks}.
 * A body of known length is guarded whole; a streamed one (no Content-Length: a roster download) line by line, so
 * it is never held whole.
 */
@Component
class PublicResponseFilter implements WebFilter {

    private final PublicLeaks leaks;

    public PublicResponseFilter(PublicLeaks leaks) {
        this.leaks = leaks;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        // a roster template's example row is a fictional person made for the form, not a record from the store
        if (!path.matches("/api/[^/]+/public/.*") || path.contains("/public/rosters/templates/")) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().response(new Guarding(exchange.getResponse(), path)).build());
    }

    private final class Guarding extends ServerHttpResponseDecorator {

        private final String path;

        Guarding(ServerHttpResponse delegate, String path) {
            super(delegate);
            this.path = path;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            HttpHeaders headers = getHeaders();
            String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
            if (disposition != null) {
                String guarded = PublicResponseGuard.guardHeader(disposition);
                if (!guarded.equals(disposition)) {
                    headers.set(HttpHeaders.CONTENT_DISPOSITION, guarded);
                    alert(1);
                }
            }
            String type = headers.getContentType() == null ? null : headers.getContentType().toString();
            if (!PublicResponseGuard.readsText(type)) {
                return super.writeWith(body);
            }
            if (headers.getContentLength() < 0) {
                return super.writeWith(byLine(body));
            }
            return DataBufferUtils.join(Flux.from(body)).defaultIfEmpty(bufferFactory().wrap(new byte[0])).flatMap(buffer -> {
                PublicResponseGuard.Guarded guarded = PublicResponseGuard.guard(bytesOf(buffer));
                if (guarded.masked() > 0) {
                    alert(guarded.masked());
                    headers.setContentLength(guarded.body().length);
                }
                return super.writeWith(Mono.just(bufferFactory().wrap(guarded.body())));
            });
        }

        private Flux<DataBuffer> byLine(Publisher<? extends DataBuffer> body) {
            LineGuard lines = new LineGuard();
            return Flux.from(body).map(buffer -> bufferFactory().wrap(lines.next(bytesOf(buffer))))
                    .concatWith(Mono.fromSupplier(() -> bufferFactory().wrap(lines.end())))
                    .filter(buffer -> buffer.readableByteCount() > 0)
                    .doFinally(signal -> alert(lines.masked()));
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return writeWith(Flux.from(body).flatMapSequential(Flux::from));
        }

        private void alert(int masked) {
            leaks.masked(masked, path);
        }
    }

    private static byte[] bytesOf(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }
}
