package org.gongkai.core.objection;

import jakarta.validation.Valid;
import org.gongkai.core.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Citizens file objections anonymously (no account needed); departments list and answer them. */
@RestController
@RequestMapping("/api/${gongkai.sector.name}")
class ObjectionController {

    private final ObjectionService objections;
    private final ObjectionLimits limits;

    ObjectionController(ObjectionService objections, ObjectionLimits limits) {
        this.objections = objections;
        this.limits = limits;
    }

    @PostMapping("/public/notices/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ObjectionService.Receipt> file(@PathVariable String id, @Valid @RequestBody ObjectionForm form,
            ServerHttpRequest request) {
        return objections.file(id, form, ClientAddress.of(request, limits.trustedProxies()));
    }

    @GetMapping("/notices/{id}/objections")
    Flux<ObjectionService.View> list(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return objections.list(Actor.from(jwt), id);
    }

    @PostMapping("/objections/{objectionId}/answer")
    Mono<ObjectionService.View> answer(@AuthenticationPrincipal Jwt jwt, @PathVariable String objectionId,
            @Valid @RequestBody ObjectionAnswer answer) {
        return objections.answer(Actor.from(jwt), objectionId, answer);
    }
}
