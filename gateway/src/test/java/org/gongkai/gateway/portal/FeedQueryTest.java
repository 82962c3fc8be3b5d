package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class FeedQueryTest {

    private static final List<String> SECTORS = List.of("land", "housing");

    @Test
    void limitDefaultsToTwentyAndEverySectorIsSelected() {
        FeedQuery query = FeedQuery.of(request(null, null, null, null, null), SECTORS);

        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.sectors()).containsExactly("land", "housing");
        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.cursor()).isNull();
    }

    @Test
    void limitOfOneHundredIsAcceptedAndOneHundredOneIsNot() {
        assertThat(FeedQuery.of(request("100", null, null, null, null), SECTORS).limit()).isEqualTo(100);
        assertThat(errorsOf(request("101", null, null, null, null))).extracting(FieldProblem::field)
                .containsExactly("limit");
        assertThat(errorsOf(request("0", null, null, null, null))).extracting(FieldProblem::field)
                .containsExactly("limit");
    }

    @Test
    void cursorIsDecodedAndPassedOnUnchanged() {
        String token = new FeedCursor(Instant.parse("2026-01-05T00:00:00Z"), "land:7").encode();

        FeedQuery query = FeedQuery.of(request(null, token, null, null, null), SECTORS);

        assertThat(query.cursor().id()).isEqualTo("land:7");
        assertThat(query.cursorToken()).isEqualTo(token);
    }

    @Test
    void sectorsMayRepeatOrBeCommaSeparatedAndKeepConfigurationOrder() {
        FeedQuery query = FeedQuery.of(request(null, null, List.of("housing, land"), null, null), SECTORS);

        assertThat(query.sectors()).containsExactly("land", "housing");
    }

    @Test
    void everyBadParameterIsListed() {
        assertThat(errorsOf(request("x", "garbage", List.of("schools"), "2026-1-1", "yesterday")))
                .extracting(FieldProblem::field)
                .containsExactly("limit", "cursor", "sector", "from", "to");
    }

    @Test
    void toBeforeFromIsRefused() {
        assertThat(errorsOf(request(null, null, null, "2026-03-01", "2026-02-01")))
                .containsExactly(FieldProblem.of("to", "结束日期不能早于开始日期"));
    }

    @Test
    void regionMustBeADivisionCodePrefix() {
        FeedRequest bad = new FeedRequest(null, null, null, null, "龙沙区", null, null, null, null);
        assertThat(errorsOf(bad)).extracting(FieldProblem::field).containsExactly("region");

        FeedRequest good = new FeedRequest(null, null, null, null, "230202", null, null, "2026-01-01", null);
        assertThat(FeedQuery.of(good, SECTORS).region()).isEqualTo("230202");
        assertThat(FeedQuery.of(good, SECTORS).from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void phaseIsOneOfThePublicityPhasesInAnyCase() {
        FeedRequest lower = new FeedRequest(null, null, null, null, null, "in_publicity", null, null, null);
        assertThat(FeedQuery.of(lower, SECTORS).phase()).isEqualTo("IN_PUBLICITY");

        FeedRequest unknown = new FeedRequest(null, null, null, null, null, "SOON", null, null, null);
        assertThat(errorsOf(unknown)).extracting(FieldProblem::field).containsExactly("phase");
    }

    @Test
    void keywordLongerThanTheSectorsAcceptIsRefusedHere() {
        FeedRequest longKeyword = new FeedRequest(null, null, null, null, null, null, "征".repeat(51), null, null);

        assertThat(errorsOf(longKeyword)).extracting(FieldProblem::field).containsExactly("q");
    }

    private static FeedRequest request(String limit, String cursor, List<String> sector, String from, String to) {
        return new FeedRequest(limit, cursor, sector, null, null, null, null, from, to);
    }

    private static List<FieldProblem> errorsOf(FeedRequest request) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> FeedQuery.of(request, SECTORS));
        assertThat(problem.type().status()).isEqualTo(400);
        return problem.errors();
    }
}
