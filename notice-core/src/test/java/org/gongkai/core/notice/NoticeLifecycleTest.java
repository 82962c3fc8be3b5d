package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeLifecycleTest {

    static final Actor AUTHOR = new Actor("a", "起草人", "land", Set.of(Role.EDITOR, Role.REVIEWER), "230202");
    static final Actor REVIEWER = new Actor("r", "审核人", "land", Set.of(Role.REVIEWER), "230202");
    static final Instant T = Instant.parse("2026-11-02T01:00:00Z");

    /** Every status, and the moves docs/domain.md ("Lifecycle") allows out of it; everything else must be refused. */
    static final Map<NoticeStatus, Set<Transition>> ALLOWED = Map.of(
            NoticeStatus.DRAFT, EnumSet.of(Transition.SUBMIT, Transition.WITHDRAW),
            NoticeStatus.IN_REVIEW, EnumSet.of(Transition.APPROVE, Transition.REJECT, Transition.WITHDRAW),
            NoticeStatus.REJECTED, EnumSet.of(Transition.SUBMIT, Transition.WITHDRAW),
            NoticeStatus.APPROVED, EnumSet.of(Transition.PUBLISH, Transition.WITHDRAW),
            NoticeStatus.PUBLISHED, EnumSet.of(Transition.CONCLUDE, Transition.WITHDRAW, Transition.SUPERSEDE),
            NoticeStatus.CONCLUDED, EnumSet.of(Transition.ARCHIVE, Transition.WITHDRAW, Transition.SUPERSEDE),
            NoticeStatus.ARCHIVED, EnumSet.noneOf(Transition.class),
            NoticeStatus.WITHDRAWN, EnumSet.noneOf(Transition.class),
            NoticeStatus.SUPERSEDED, EnumSet.noneOf(Transition.class));

    @ParameterizedTest
    @EnumSource(NoticeStatus.class)
    void onlyTheListedMovesLeaveEachStatus(NoticeStatus status) {
        for (Transition t : Transition.values()) {
            assertThat(t.allowedFrom(status)).as(status + " --" + t + "-->").isEqualTo(ALLOWED.get(status).contains(t));
        }
    }

    @Test
    void aRefusedMoveLeavesTheNoticeAsItWasAndRecordsNothing() {
        Notice n = draft();
        int steps = n.history().size();
        assertThatThrownBy(() -> n.apply(Transition.PUBLISH, AUTHOR, T, null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
        assertThat(n.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(n.history()).hasSize(steps);
    }

    @Test
    void theAuthorCannotReviewEvenHoldingTheReviewerRole() {
        Notice n = draft();
        n.apply(Transition.SUBMIT, AUTHOR, T, null);
        assertThatThrownBy(() -> n.apply(Transition.APPROVE, AUTHOR, T, null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.REVIEWER_IS_AUTHOR));
        assertThatThrownBy(() -> n.reject(java.util.List.of("不行"), AUTHOR, T))
                .isInstanceOf(ProblemException.class);
        n.apply(Transition.APPROVE, REVIEWER, T.plusSeconds(60), "通过");
        assertThat(n.status()).isEqualTo(NoticeStatus.APPROVED);
    }

    @Test
    void everyStepIsRecordedWithActorAndTime() {
        Notice n = draft();
        n.apply(Transition.SUBMIT, AUTHOR, T.plusSeconds(1), null);
        n.reject(java.util.List.of("缺少勘测定界图"), REVIEWER, T.plusSeconds(2));
        assertThat(n.history()).extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("起草", "a", NoticeStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple("提交审核", "a", NoticeStatus.IN_REVIEW),
                        org.assertj.core.groups.Tuple.tuple("审核退回", "r", NoticeStatus.REJECTED));
        assertThat(n.rejectionReasons()).containsExactly("缺少勘测定界图");
        assertThat(n.history().get(2).at()).isEqualTo(T.plusSeconds(2));
    }

    @Test
    void onlyEditableStatusesTakeContentChanges() {
        Notice n = draft();
        n.apply(Transition.SUBMIT, AUTHOR, T, null);
        assertThatThrownBy(() -> n.revise("T", n.content(), AUTHOR, T)).isInstanceOf(ProblemException.class);
    }

    @Test
    void validityFollowsTheStatus() {
        assertThat(Validity.of(NoticeStatus.PUBLISHED)).isEqualTo(Validity.IN_FORCE);
        assertThat(Validity.of(NoticeStatus.CONCLUDED)).isEqualTo(Validity.IN_FORCE);
        assertThat(Validity.of(NoticeStatus.ARCHIVED)).isEqualTo(Validity.EXPIRED);
        assertThat(Validity.of(NoticeStatus.WITHDRAWN)).isEqualTo(Validity.REPEALED);
        assertThat(Validity.of(NoticeStatus.SUPERSEDED)).isEqualTo(Validity.SUPERSEDED);
        assertThat(Validity.of(NoticeStatus.DRAFT)).isEqualTo(Validity.NOT_YET);
    }

    static Notice draft() {
        NoticeDraft content = new NoticeDraft("LAND-01", "预公告", "<p>正文</p>", Map.of(), "230202000000", "PUBLIC",
                Disclosure.PROACTIVE, null, LocalDate.of(2026, 11, 1), null, null);
        return Notice.draft("land:1", "land", "PRE_ANNOUNCEMENT", content, AUTHOR, T);
    }
}
