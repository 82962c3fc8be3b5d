package org.gongkai.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void structuralElementsAreKept() {
        String html = "<h2>公告</h2><h3>一、范围</h3><h4>第一条</h4><p>正文<br /><strong>重点</strong><b>粗</b>"
                + "<em>强调</em><i>斜</i><u>下划线</u></p><ul><li>甲</li></ul><ol><li>乙</li></ol>"
                + "<blockquote>引文</blockquote>";

        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void fullWidthPunctuationSurvivesAsCharacterReferences() {
        // the sanitizer writes some full-width punctuation as references; browsers render them unchanged
        assertThat(HtmlSanitizer.sanitize("<p>（一）征收范围</p>")).isEqualTo("<p>&#xff08;一&#xff09;征收范围</p>");
    }

    @Test
    void tablesAreKept() {
        String html = "<table><thead><tr><th>户主</th><th>金额</th></tr></thead>"
                + "<tbody><tr><td colspan=\"2\">张三</td></tr></tbody></table>";

        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void scriptIsDroppedWithItsContent() {
        assertThat(HtmlSanitizer.sanitize("<p>公告</p><script>alert('x')</script>"))
                .isEqualTo("<p>公告</p>");
    }

    @Test
    void styleIsDroppedWithItsContentAndStyleAttributesGo() {
        assertThat(HtmlSanitizer.sanitize("<style>p{color:red}</style><p style=\"color:red\">公告</p>"))
                .isEqualTo("<p>公告</p>");
    }

    @Test
    void eventHandlersAreRemoved() {
        assertThat(HtmlSanitizer.sanitize("<p onclick=\"steal()\" onmouseover=\"x()\">公告</p>"))
                .isEqualTo("<p>公告</p>");
    }

    @Test
    void httpLinkGetsNofollowNoopener() {
        String out = HtmlSanitizer.sanitize("<a href=\"https://www.gov.cn/zhengce/\">政策</a>");

        assertThat(out).contains("href=\"https://www.gov.cn/zhengce/\"").contains("rel=\"nofollow noopener\"")
                .contains(">政策</a>");
    }

    @Test
    void mailtoLinkIsKept() {
        assertThat(HtmlSanitizer.sanitize("<a href=\"mailto:gongkai@example.gov.cn\">来信</a>"))
                .contains("href=\"mailto:gongkai&#64;example.gov.cn\"");
    }

    @Test
    void javascriptAndDataLinksLoseTheirHref() {
        assertThat(HtmlSanitizer.sanitize("<a href=\"javascript:alert(1)\">点我</a>")).isEqualTo("点我");
        assertThat(HtmlSanitizer.sanitize("<a href=\"JaVaScRiPt:alert(1)\">点我</a>")).isEqualTo("点我");
        assertThat(HtmlSanitizer.sanitize("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">点我</a>")).isEqualTo("点我");
    }

    @Test
    void iframesImagesAndFormsAreDropped() {
        assertThat(HtmlSanitizer.sanitize("<iframe src=\"https://evil.example\"></iframe><p>公告</p>"))
                .isEqualTo("<p>公告</p>");
        assertThat(HtmlSanitizer.sanitize("<p><img src=\"x\" onerror=\"alert(1)\">公告</p>"))
                .isEqualTo("<p>公告</p>");
        assertThat(HtmlSanitizer.sanitize("<form action=\"https://evil.example\"><input name=\"q\"></form>"))
                .isEmpty();
    }

    @Test
    void disallowedHeadingKeepsItsText() {
        assertThat(HtmlSanitizer.sanitize("<h1>标题</h1>")).isEqualTo("标题");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(HtmlSanitizer.sanitize(null)).isEmpty();
    }
}
