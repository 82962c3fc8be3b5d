package org.gongkai.relief.review;

import jakarta.validation.Valid;
import org.gongkai.core.notice.NoticeView;
import org.gongkai.core.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A reviewer's step in a relief roster's review chain ({@link ReviewService}), listed in the notice's history. */
@RestController
class ReviewController {

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/api/${gongkai.sector.name}/notices/{id}/reviews")
    Mono<NoticeView> review(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody ReviewRequest request) {
        return reviews.review(Actor.from(jwt), id, request).map(NoticeView::of);
    }
}
