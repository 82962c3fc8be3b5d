package org.gongkai.core.feed.internal;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Releases the change feed's held requests when the service stops: it stops before the web server's graceful
 * shutdown (a higher phase stops first), so a reader waiting on {@code wait=} gets its (empty) page at once and
 * the shutdown does not sit out every long poll.
 */
@Component
class LongPolls implements SmartLifecycle {

    private volatile Sinks.Empty<Void> closing = Sinks.empty();
    private volatile boolean running;

    /** Completes when the service begins to stop (at once, for a request that arrives after). */
    Mono<Void> closing() {
        return closing.asMono();
    }

    @Override
    public void start() {
        if (!running) {
            closing = Sinks.empty();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closing.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
