package org.gongkai.core.demo;

import reactor.core.publisher.Mono;

/**
 * A sector's demo story: the notices, rosters and objections of a fictional district, told step by step through
 * the {@link DemoScript}. A sector supplies one as a bean; core's demo loader plays it once into an empty store.
 */
public interface DemoStory {

    Mono<Void> tell(DemoScript script);
}
