package org.gongkai.core.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.core.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The department's API over the lifecycle; every call needs a JWT of this sector. */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/notices")
class NoticeController {

    private final NoticeService notices;

    public NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    public record Note(@Size(max = 500) String note) {
    }

    public record Rejection(@NotEmpty(message = "退回须说明理由") List<@NotBlank String> reasons) {
    }

    public record Withdrawal(@NotBlank(message = "撤回须公开说明理由") @Size(max = 500) String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<NoticeView> create(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NoticeDraft draft) {
        return notices.create(Actor.from(jwt), draft).map(NoticeView::of);
    }

    @GetMapping("/{id}")
    Mono<NoticeView> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return notices.get(Actor.from(jwt), id).map(NoticeView::of);
    }

    /** The period the notice would get if published on {@code publishOn} (ISO date; today when absent). */
    @GetMapping("/{id}/period-preview")
    Mono<PeriodPreview> periodPreview(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestParam(required = false) String publishOn) {
        LocalDate day;
        try {
            day = publishOn == null || publishOn.isBlank() ? null : LocalDate.parse(publishOn.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(FieldProblem.of("publishOn",
                    "发布日期「" + publishOn + "」不是有效日期，格式如 2026-02-10")));
        }
        return notices.preview(Actor.from(jwt), id, day);
    }

    @PutMapping("/{id}")
    Mono<NoticeView> revise(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody NoticeDraft draft) {
        return notices.revise(Actor.from(jwt), id, draft).map(NoticeView::of);
    }

    @PostMapping("/{id}/submit")
    Mono<NoticeView> submit(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return notices.submit(Actor.from(jwt), id).map(NoticeView::of);
    }

    @PostMapping("/{id}/approve")
    Mono<NoticeView> approve(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody(required = false) Note note) {
        return notices.approve(Actor.from(jwt), id, note == null ? null : note.note()).map(NoticeView::of);
    }

    @PostMapping("/{id}/reject")
    Mono<NoticeView> reject(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody Rejection rejection) {
        return notices.reject(Actor.from(jwt), id, rejection.reasons()).map(NoticeView::of);
    }

    @PostMapping("/{id}/publish")
    Mono<NoticeView> publish(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return notices.publish(Actor.from(jwt), id).map(NoticeView::of);
    }

    @PostMapping("/{id}/withdraw")
    Mono<NoticeView> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody(required = false) Withdrawal withdrawal) {
        if (withdrawal == null) {
            // no body at all is the same mistake as an empty reason, and is reported the same way
            return Mono.error(ProblemException.invalid(List.of(FieldProblem.of("reason", "撤回须公开说明理由"))));
        }
        return notices.withdraw(Actor.from(jwt), id, withdrawal.reason()).map(NoticeView::of);
    }

    @PostMapping("/{id}/conclude")
    Mono<NoticeView> conclude(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return notices.conclude(Actor.from(jwt), id).map(NoticeView::of);
    }

    @PostMapping("/{id}/archive")
    Mono<NoticeView> archive(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return notices.archive(Actor.from(jwt), id).map(NoticeView::of);
    }

    @PostMapping("/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<NoticeView> correct(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return notices.correct(Actor.from(jwt), id).map(NoticeView::of);
    }
}
