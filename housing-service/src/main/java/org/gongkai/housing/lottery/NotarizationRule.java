package org.gongkai.housing.lottery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.housing.notice.HousingNoticeTypes;
import org.gongkai.housing.notice.HousingPayloads.LotteryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A lottery result is published only after the notary office has notarized the draw (the pilot plan: 抽签结果经公证处
 * 当场公证后公示): the draw and its notarization are stated in the notice and must both lie before the day its
 * publicity starts; a notarization cannot precede the draw it certifies.
 */
@Component
class NotarizationRule implements NoticeRules {

    private final PayloadReader payloads;
    private final Clock clock;

    NotarizationRule(PayloadReader payloads, Clock clock) {
        this.payloads = payloads;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(HousingNoticeTypes.LOTTERY_RESULT);
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        LotteryResult result = payloads.readFields(notice, LotteryResult.class);
        Optional<LocalDateTime> drawn = Optional.ofNullable(result.drawnAt());
        Optional<LocalDate> notarized = Optional.ofNullable(result.notarizedOn());
        if (drawn.isPresent() && notarized.isPresent() && notarized.get().isBefore(drawn.get().toLocalDate())) {
            return List.of(FieldProblem.of("payload.notarizedOn",
                    "公证日期（" + notarized.get() + "）不能早于抽签日期（" + drawn.get().toLocalDate() + "）"));
        }
        return List.of();
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        return Mono.fromSupplier(() -> publishProblems(notice));
    }

    private List<FieldProblem> publishProblems(Notice notice) {
        List<FieldProblem> problems = new ArrayList<>();
        LotteryResult result = payloads.readFields(notice, LotteryResult.class);
        Optional<LocalDate> notarized = Optional.ofNullable(result.notarizedOn());
        if (notarized.isEmpty() || blank(result.notaryOffice()) || blank(result.notaryCertificateNumber())) {
            problems.add(FieldProblem.of("notarization", "抽签结果须经公证处公证，载明公证机构、公证书编号和公证日期后方可公示"));
            return problems;
        }
        LocalDate start = LotteryDates.publicationStart(notice, clock);
        Optional.ofNullable(result.drawnAt()).filter(drawn -> drawn.isAfter(LocalDateTime.now(clock))).ifPresent(drawn -> problems.add(
                FieldProblem.of("payload.drawnAt", "抽签定于" + drawn + "进行，尚未抽签，不能公示抽签结果")));
        if (notarized.get().isAfter(start)) {
            problems.add(FieldProblem.of("payload.notarizedOn", "公证日期（" + notarized.get() + "）晚于公示开始日期（"
                    + start + "），抽签结果须经公证后方可公示"));
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
