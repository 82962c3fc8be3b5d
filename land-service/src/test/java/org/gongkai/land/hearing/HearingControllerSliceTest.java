package org.gongkai.land.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.notice.NoticeService;
import org.gongkai.core.problem.internal.ProblemHandler;
import org.gongkai.core.security.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Land's hearing controller alone (WebFlux slice, the notice service mocked, a land editor's token already
 * verified): the recorded notice's JSON, 400 problem+json listing each missing hearing field, 409 for a notice that
 * is not a compensation plan.
 */
@WebFluxTest(properties = {"gongkai.sector.name=land", "spring.cloud.config.enabled=false"})
class HearingControllerSliceTest {

    static final String URI = "/api/land/notices/{id}/hearing";
    static final Instant NOW = Instant.parse("2026-10-09T01:00:00Z");
    static final Jwt EDITOR = Jwt.withTokenValue("token").header("alg", "HS256").subject("clerk-li")
            .claim("name", "李文").claim("sector", "land").claim("region", "230202")
            .claim("roles", List.of("editor")).issuedAt(NOW).expiresAt(NOW.plusSeconds(3600)).build();
    static final Map<String, Object> HEARING = Map.of("date", "2026-10-09", "place", "大民村村民委员会会议室",
            "outcome", "责成修改后重新公告");

    @SpringBootConfiguration
    @EnableWebFluxSecurity
    @Import({HearingController.class, ProblemHandler.class})
    static class Slice {

        /** Every request arrives as the land editor; tokens themselves are proved by the integration tests. */
        @Bean
        SecurityWebFilterChain asTheEditor(ServerHttpSecurity http) {
            WebFilter editor = (exchange, chain) -> chain.filter(exchange)
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(EDITOR)));
            return http.authorizeExchange(a -> a.anyExchange().permitAll()).csrf(c -> c.disable())
                    .addFilterAt(editor, SecurityWebFiltersOrder.AUTHENTICATION).build();
        }
    }

    @Autowired
    WebTestClient web;
    @MockitoBean
    NoticeService notices;

    @Test
    void aHearingOnACompensationPlanIsRecordedAndTheNoticeAnsweredAsJson() {
        Notice plan = notice("land:1", "COMPENSATION_PLAN");
        when(notices.get(any(Actor.class), eq("land:1"))).thenReturn(Mono.just(plan));
        when(notices.recordFact(any(Actor.class), eq("land:1"), eq(Hearing.RECORD_KEY), any(), anyString()))
                .thenReturn(Mono.just(plan));

        web.post().uri(URI, "land:1").contentType(MediaType.APPLICATION_JSON).bodyValue(HEARING).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.id").isEqualTo("land:1")
                .jsonPath("$.type").isEqualTo("COMPENSATION_PLAN")
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.title").isEqualTo("补偿安置方案");
        verify(notices).recordFact(any(Actor.class), eq("land:1"), eq(Hearing.RECORD_KEY), eq(HEARING),
                eq("记录听证会"));
    }

    @Test
    void aHearingWithoutDateAndOutcomeIs400ListingEachField() {
        web.post().uri(URI, "land:1").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("place", ""))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/validation")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").exists()
                .jsonPath("$.errors[?(@.field=='date')].reason").value(r -> assertThat(r.toString()).contains("听证日期"))
                .jsonPath("$.errors[?(@.field=='place')]").exists()
                .jsonPath("$.errors[?(@.field=='outcome')].reason").value(r -> assertThat(r.toString()).contains("听证结论"));
        verifyNoInteractions(notices);
    }

    @Test
    void aHearingOnAnotherTypeIs409AndNothingIsRecorded() {
        when(notices.get(any(Actor.class), eq("land:2"))).thenReturn(Mono.just(notice("land:2", "PRE_ANNOUNCEMENT")));

        web.post().uri(URI, "land:2").contentType(MediaType.APPLICATION_JSON).bodyValue(HEARING).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/illegal-transition")
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.detail").isEqualTo("只有征地补偿安置方案需要记录听证");
        verify(notices, never()).recordFact(any(Actor.class), anyString(), anyString(), any(), anyString());
    }

    private static Notice notice(String id, String type) {
        NoticeDraft content = new NoticeDraft("LAND-03", "补偿安置方案", "<p>正文</p>", Map.of(), "230202000000",
                "PUBLIC", Disclosure.PROACTIVE, null, LocalDate.of(2026, 9, 1), null, null);
        return Notice.draft(id, "land", type, content, Actor.from(EDITOR), NOW);
    }
}
