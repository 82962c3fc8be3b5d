package org.gongkai.core.objection;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorTest;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FixtureSectorTest
class ObjectionFinderTest {

    static final LocalDate TODAY = SectorTestConfiguration.START;

    @Autowired
    ObjectionFinder finder;

    @Autowired
    DemoScript demo;

    @Test
    void theObjectionsOfOneNoticeComeOldestFirstAndNoneOfAnotherNotice() {
        Notice notice = publish("230202205001");
        Notice other = publish("230202205001");
        String later = demo.objection(notice, TODAY, "张三", "13800000000", "后提出的异议", true).block();
        String earlier = demo.objection(notice, TODAY.minusDays(1), "李四", "13900000000", "先提出的异议", false)
                .block();
        demo.objection(other, TODAY.minusDays(1), "王五", "13700000000", "另一份公告的异议", true).block();

        assertThat(finder.onNotice(notice.id()).map(Objection::id).collectList().block())
                .containsExactly(earlier, later);
        assertThat(finder.onNotice("fixture:no-such-notice").collectList().block()).isEmpty();
    }

    Notice publish(String region) {
        NoticeDraft draft = new NoticeDraft("FX-01", "异议查询测试", "正文", Map.of("note", "无"), region, "PUBLIC",
                Disclosure.PROACTIVE, null, TODAY.minusDays(3), null, null);
        return demo.published(draft, TODAY.minusDays(2), null).block();
    }
}
