package org.gongkai.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gongkai.api.privacy.PublicResponseGuard;
import org.junit.jupiter.api.Test;

class LineGuardTest {

    static final String BODY = "\uFEFF\"行号\",\"户主姓名\",\"身份证号\",\"备注\"\r\n"
            + "\"2\",\"王大山\",\"230202198503121238\",\"电话 138 0013 8000\"\r\n"
            + "\"3\",\"赵小红\",\"2302**********1238\",\"身份证 ２３０２ ０２１９ ６２０７ ０８２０ １X\"\r\n"
            + "\"4\",\"孙小明\",\"2302**********0021\",\"无\"";

    @Test
    void aStreamedBodySplitAnywhereIsMaskedExactlyAsTheWholeBodyWouldBe() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        PublicResponseGuard.Guarded whole = PublicResponseGuard.guard(body);
        assertThat(whole.masked()).isEqualTo(3);

        for (int first = 0; first <= body.length; first++) {
            for (int second = first; second <= body.length; second += 7) {
                LineGuard lines = new LineGuard();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(lines.next(Arrays.copyOfRange(body, 0, first)));
                out.writeBytes(lines.next(Arrays.copyOfRange(body, first, second)));
                out.writeBytes(lines.next(Arrays.copyOfRange(body, second, body.length)));
                out.writeBytes(lines.end());

                assertThat(out.toByteArray()).as("split at %d and %d", first, second).isEqualTo(whole.body());
                assertThat(lines.masked()).isEqualTo(3);
            }
        }
    }

    @Test
    void completedLinesLeaveAtOnceAndOnlyTheUnfinishedLineWaits() {
        LineGuard lines = new LineGuard();

        byte[] out = lines.next("a 13800138000\r\nb 1390".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("a 138****8000\r\n");
        assertThat(new String(lines.next("0139000\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("b 139****9000\n");
        assertThat(lines.end()).isEmpty();
        assertThat(lines.masked()).isEqualTo(2);
    }
}
