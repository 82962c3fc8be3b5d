package org.gongkai.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.core.testing.AttachmentFiles.AUTHOR;
import static org.gongkai.core.testing.AttachmentFiles.ascii;
import static org.gongkai.core.testing.AttachmentFiles.contains;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.core.testing.AttachmentFiles;
import org.junit.jupiter.api.Test;

class PngMetadataTest {

    @Test
    void textExifTimeAndPrivateChunksAreRemoved() throws IOException {
        byte[] png = AttachmentFiles.pngWithText();
        assertThat(contains(png, ascii("tEXt"))).isTrue();

        byte[] stripped = strip(png);

        for (String chunk : new String[] {"tEXt", "zTXt", "iTXt", "eXIf", "tIME", "prVt"}) {
            assertThat(contains(stripped, ascii(chunk))).as(chunk).isFalse();
        }
        assertThat(contains(stripped, ascii(AUTHOR))).isFalse();
        assertThat(contains(stripped, "测绘员".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void thePictureIsUnchangedAndAPlainPngKeepsEveryByte() throws IOException {
        byte[] plain = AttachmentFiles.plainPng();
        assertThat(strip(plain)).isEqualTo(plain);
        assertThat(strip(AttachmentFiles.pngWithText())).isEqualTo(plain);
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(strip(AttachmentFiles.pngWithText())));
        assertThat(after.getRGB(0, 0)).isEqualTo(AttachmentFiles.picture().getRGB(0, 0));
        assertThat(after.getRGB(31, 23)).isEqualTo(AttachmentFiles.picture().getRGB(31, 23));
    }

    @Test
    void aChunkWithAWrongChecksumIsRefusedAsDamaged() {
        byte[] png = AttachmentFiles.plainPng();
        png[8 + 8 + 2] ^= 0x01;
        assertThatThrownBy(() -> strip(png)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("PNG图片已损坏或不完整").hasMessageContaining("IHDR");
    }

    @Test
    void aPngCutBeforeItsEndIsRefused() {
        byte[] png = AttachmentFiles.plainPng();
        byte[] cut = java.util.Arrays.copyOf(png, png.length - 12);
        assertThatThrownBy(() -> strip(cut)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("文件在结束数据块之前就结束了");
    }

    @Test
    void anUnknownCriticalChunkIsRefusedRatherThanDroppedFromThePicture() {
        byte[] png = AttachmentFiles.plainPng();
        ByteArrayOutputStream odd = new ByteArrayOutputStream();
        odd.write(png, 0, 33);
        odd.writeBytes(AttachmentFiles.chunk("XXXX", new byte[] {1}));
        odd.write(png, 33, png.length - 33);
        assertThatThrownBy(() -> strip(odd.toByteArray())).isInstanceOf(ProblemException.class)
                .hasMessageContaining("XXXX");
    }

    private static byte[] strip(byte[] png) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngMetadata.strip(new ByteArrayInputStream(png), out);
        return out.toByteArray();
    }
}
