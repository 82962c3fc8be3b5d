package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LastGoodAnswersTest {

    static final Instant GIVEN_AT = Instant.parse("2026-03-10T02:00:00Z");
    static final Duration STALE_FOR = Duration.ofMinutes(10);

    final AtomicLong nanos = new AtomicLong();
    final LastGoodAnswers answers = new LastGoodAnswers("land", STALE_FOR, Clock.fixed(GIVEN_AT, ZoneOffset.UTC),
            nanos::get);

    @Test
    void aGoodAnswerIsPassedOnAsOk() {
        SectorAnswer<String> answer = answers.remember("feed{}", "第一页");

        assertThat(answer).isEqualTo(new SectorAnswer<>("land", "第一页", SectorStatus.ok()));
    }

    @Test
    void whenTheSectorFailsItsLastGoodAnswerToTheSameRequestStandsInMarkedStaleWithItsTime() {
        answers.remember("feed{}", "第一页");

        SectorAnswer<String> answer = answers.insteadOf("feed{}", "无法连接板块服务");

        assertThat(answer.value()).isEqualTo("第一页");
        assertThat(answer.status()).isEqualTo(SectorStatus.stale("无法连接板块服务", GIVEN_AT));
    }

    @Test
    void withoutAGoodAnswerToThatRequestTheSectorIsUnavailableForTheReason() {
        answers.remember("feed{limit=5}", "第一页");

        SectorAnswer<String> answer = answers.insteadOf("feed{limit=6}", "无法连接板块服务");

        assertThat(answer.hasValue()).isFalse();
        assertThat(answer.status()).isEqualTo(SectorStatus.unavailable("无法连接板块服务"));
    }

    @Test
    void anAnswerOlderThanStaleForNoLongerStandsIn() {
        answers.remember("stats", "统计");

        nanos.addAndGet(STALE_FOR.minusSeconds(1).toNanos());
        assertThat(answers.insteadOf("stats", "板块服务出错").hasValue()).isTrue();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(answers.insteadOf("stats", "板块服务出错").status().status()).isEqualTo(SectorStatus.UNAVAILABLE);
    }

    @Test
    void forgottenAnswersNoLongerStandIn() {
        answers.remember("catalog", "目录");

        answers.forget();

        assertThat(answers.insteadOf("catalog", "板块服务出错").hasValue()).isFalse();
    }
}
