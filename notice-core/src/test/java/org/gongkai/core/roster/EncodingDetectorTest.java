package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    private static final String TEXT = "户主姓名,身份证号,地类,面积（亩）,补偿金额（元）\n张三,230202198001010011,水田,1,100\n";

    @Test
    void utf8IsDetected() {
        assertThat(EncodingDetector.detect(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8BomIsDetectedAndMeasured() {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(EncodingDetector.detect(withBom)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.bomLength(withBom)).isEqualTo(3);
        assertThat(EncodingDetector.bomLength(TEXT.getBytes(StandardCharsets.UTF_8))).isZero();
    }

    @Test
    void gbkIsReadAsGb18030() {
        assertThat(EncodingDetector.detect(TEXT.getBytes(Charset.forName("GBK")))).isEqualTo(EncodingDetector.GB18030);
    }

    @Test
    void sampleCutInsideAMultibyteCharacterIsStillUtf8() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        // "户" is three bytes: cut after one and after two of them
        assertThat(EncodingDetector.detect(Arrays.copyOf(utf8, 1))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(Arrays.copyOf(utf8, 2))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(Arrays.copyOf(utf8, 4))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void invalidByteInTheMiddleMeansGb18030() {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);
        byte[] mixed = {bytes[0], (byte) 0xC4, (byte) 0xE3, bytes[1], bytes[2]};
        assertThat(EncodingDetector.detect(mixed)).isEqualTo(EncodingDetector.GB18030);
    }

    @Test
    void plainAsciiIsUtf8() {
        assertThat(EncodingDetector.detect("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16BomsAreDetected() {
        assertThat(EncodingDetector.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))
                .isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(EncodingDetector.detect(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}))
                .isEqualTo(StandardCharsets.UTF_16BE);
    }
}
