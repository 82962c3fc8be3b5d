package org.gongkai.core.notice;

import java.util.List;
import java.util.Set;
import org.gongkai.api.problem.FieldProblem;
import reactor.core.publisher.Mono;

/**
 * A sector's own rules, applied by notice-core at the moments the lifecycle asks for them. Each returns every
 * problem it finds (empty when the step may go ahead).
 */
public interface NoticeRules {

    /**
     * The notice types these rules are about; notice-core asks them only about notices of these types. Empty (the
     * default) means every type of the sector.
     */
    default Set<String> types() {
        return Set.of();
    }

    /** Whether notice-core asks these rules about {@code notice}. */
    default boolean appliesTo(Notice notice) {
        return types().isEmpty() || types().contains(notice.type());
    }

    /** Content checks beyond the payload's own constraints, when a draft is submitted for review. */
    default List<FieldProblem> onSubmit(Notice notice) {
        return List.of();
    }

    /** Checks that need the store when a draft is submitted (e.g. no other live notice for the same thing). */
    default Mono<List<FieldProblem>> beforeSubmit(Notice notice) {
        return Mono.just(List.of());
    }

    /** Checks that need the store, before a notice concludes (e.g. a hearing that must be held first). */
    default Mono<List<FieldProblem>> beforeConclude(Notice notice) {
        return Mono.just(List.of());
    }

    /** Checks before a notice is published (e.g. a revised plan may need its predecessor's hearing recorded). */
    default Mono<List<FieldProblem>> beforePublish(Notice notice) {
        return Mono.just(List.of());
    }
}
