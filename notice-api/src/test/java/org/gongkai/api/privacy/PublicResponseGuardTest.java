package org.gongkai.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicResponseGuardTest {

    @Test
    void aCellIsMaskedAndCountedLikeABody() {
        String cell = "户主身份证２３０２０２１９８５０３１２１２３８，电话 138-0013-8000，卡号6217138001380001123";

        PublicResponseGuard.GuardedText guarded = PublicResponseGuard.guardText(cell);

        assertThat(guarded.text()).isEqualTo("户主身份证２３０２**********１２３８，电话 138-****-8000，卡号6217138001380001123");
        assertThat(guarded.masked()).isEqualTo(2);
        assertThat(PublicResponseGuard.guard(cell.getBytes(StandardCharsets.UTF_8)).body())
                .isEqualTo(guarded.text().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void elevenDigitsAreEnoughToBeMaskedAndTenAreLeftAlone() {
        assertThat(PublicResponseGuard.guardText("13800138000").text()).isEqualTo("138****8000");
        assertThat(PublicResponseGuard.guardText("１３８００１３８０００").masked()).isEqualTo(1);
        assertThat(PublicResponseGuard.guardText("1380013800 王*山 63000.00").masked()).isZero();
    }

    @Test
    void anEmptyOrMissingCellPassesAsItIs() {
        assertThat(PublicResponseGuard.guardText("").text()).isEmpty();
        assertThat(PublicResponseGuard.guardText(null).text()).isNull();
    }
}
