package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    private static final Notice PRE_ANNOUNCEMENT = NoticeLifecycleTest.draft();

    @Test
    void whenRulesNameTheirTypesThenTheyApplyOnlyToNoticesOfThoseTypes() {
        NoticeRules plansOnly = new NoticeRules() {
            @Override
            public Set<String> types() {
                return Set.of("COMPENSATION_PLAN");
            }
        };
        NoticeRules preAnnouncements = new NoticeRules() {
            @Override
            public Set<String> types() {
                return Set.of("COMPENSATION_PLAN", "PRE_ANNOUNCEMENT");
            }
        };

        assertThat(plansOnly.appliesTo(PRE_ANNOUNCEMENT)).isFalse();
        assertThat(preAnnouncements.appliesTo(PRE_ANNOUNCEMENT)).isTrue();
    }

    @Test
    void whenRulesNameNoTypeThenTheyApplyToEveryNotice() {
        assertThat(new NoticeRules() { }.appliesTo(PRE_ANNOUNCEMENT)).isTrue();
    }
}
