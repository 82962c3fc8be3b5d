package org.gongkai.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void sanitizedFullWidthPunctuationReadsAsTextAgain() {
        String body = HtmlSanitizer.sanitize("<p>现将名单予以公示，公示期7日（含节假日）。</p>");
        assertThat(HtmlText.plain(body)).isEqualTo("现将名单予以公示，公示期7日（含节假日）。");
    }

    @Test
    void tagsAndNamedReferencesAreDecoded() {
        assertThat(HtmlText.plain("<p>A&amp;B&nbsp;<b>&lt;c&gt;</b></p>")).isEqualTo("A&B <c>");
    }
}
