package org.gongkai.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void everyTypeHasItsOwnAddressAnErrorStatusAndAChineseTitle() {
        List<String> uris = Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList();
        assertThat(uris).doesNotHaveDuplicates().allMatch(u -> u.startsWith(ProblemType.BASE));
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.status()).as(type.name()).isBetween(400, 599);
            assertThat(type.title()).as(type.name()).isNotBlank().matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void whenAProblemAsksToRetryLaterThenItCarriesTheSecondsAsAMember() {
        ProblemException busy = new ProblemException(ProblemType.SECTOR_UNAVAILABLE, "稍后再试").retryAfter(30);
        assertThat(busy.properties()).containsEntry(ProblemException.RETRY_AFTER_SECONDS, 30L);
        assertThat(busy.type().status()).isEqualTo(503);
    }

    @Test
    void whenInputIsInvalidThenEveryProblemIsKeptAndCounted() {
        ProblemException invalid = ProblemException.invalid(List.of(FieldProblem.of("limit", "应为整数"),
                FieldProblem.atLine(7, "身份证号", "校验位不符")));
        assertThat(invalid.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(invalid.getMessage()).isEqualTo("共有2处问题，请逐项修改");
        assertThat(invalid.errors()).extracting(FieldProblem::line).containsExactly(null, 7);
    }
}
