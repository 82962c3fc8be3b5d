package org.gongkai.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gongkai.api.problem.FieldProblem;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    static final List<String> ATTACKS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "< script>", "</title><script>", "<!-- x -->", "<?xml version=\"1.0\"?>", "<svg/onload=alert(1)>",
            "javascript:alert(1)", "JaVaScRiPt :alert(1)", "vbscript:msgbox", "x\" onload=\"alert(1)",
            "onmouseover = alert(1)", "&#60;script&#62;", "&lt;b&gt;", "data:text/html;base64,PHNjcmlwdD4=",
            "<iframe src=//evil>", "<a href=x>链接</a>", "标题<b>加粗</b>");
    static final List<String> PLAIN = List.of("龙沙区2026年受灾人员冬春生活救助对象名单公示", "A&B建设有限公司",
            "面积 < 5 公顷", "3<5且5>3", "电话：0452-2712345", "一期、二期（含配套）", "on time", "Python 3.12 & Java 17",
            "info@example.cn", "https://www.gov.cn/zhengce/", "答复期限：15日");

    @Test
    void everyKindOfMarkupIsFound() {
        for (String attack : ATTACKS) {
            assertThat(PlainText.markupIn("标题" + attack)).as(attack).isPresent();
        }
    }

    @Test
    void ordinaryTextWithAngleBracketsAndAmpersandsIsPlain() {
        for (String text : PLAIN) {
            assertThat(PlainText.markupIn(text)).as(text).isEmpty();
        }
    }

    @Test
    void everyStringInAPayloadIsWalkedAndNamedByItsPath() {
        Map<String, Object> payload = Map.of("projectName", "<b>项目</b>", "villages", List.of("大民村", "javascript:x"),
                "nested", Map.of("note", "onload=1"), "areaHectares", 1.5);

        List<FieldProblem> problems = PlainText.problems("payload", payload);

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("payload.projectName", "payload.villages[1]", "payload.nested.note");
        assertThat(problems.get(0).reason()).contains("纯文本");
    }
}
