package org.gongkai.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.core.testing.AttachmentFiles.AUTHOR;
import static org.gongkai.core.testing.AttachmentFiles.GPS_DATUM;
import static org.gongkai.core.testing.AttachmentFiles.ascii;
import static org.gongkai.core.testing.AttachmentFiles.contains;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.testing.AttachmentFiles;
import org.junit.jupiter.api.Test;

class JpegMetadataTest {

    @Test
    void exifWithGpsXmpIptcCommentsAndTrailingDataAreRemoved() throws IOException {
        byte[] photo = AttachmentFiles.jpegWithGps();
        assertThat(contains(photo, ascii(AUTHOR))).isTrue();

        byte[] stripped = strip(photo);

        assertThat(contains(stripped, AttachmentFiles.exifSegment())).isFalse();
        assertThat(contains(stripped, ascii(AUTHOR))).isFalse();
        assertThat(contains(stripped, ascii(GPS_DATUM))).isFalse();
        assertThat(contains(stripped, ascii("http://ns.adobe.com/xap/1.0/"))).isFalse();
        assertThat(contains(stripped, ascii("Photoshop 3.0"))).isFalse();
        assertThat(Arrays.copyOfRange(stripped, stripped.length - 2, stripped.length))
                .containsExactly(0xFF, 0xD9);
    }

    @Test
    void theOrientationIsKeptInAMinimalExifSegment() throws IOException {
        byte[] stripped = strip(AttachmentFiles.jpegWithGps());
        assertThat(contains(stripped, JpegMetadata.orientationSegment(6))).isTrue();
        assertThat(JpegMetadata.orientation(JpegMetadata.orientationSegment(6), 10)).isEqualTo(6);
    }

    @Test
    void thePictureIsUnchanged() throws IOException {
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(AttachmentFiles.plainJpeg()));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(strip(AttachmentFiles.jpegWithGps())));
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        for (int x = 0; x < before.getWidth(); x++) {
            for (int y = 0; y < before.getHeight(); y++) {
                assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
            }
        }
    }

    @Test
    void aJpegWithoutMetadataKeepsEveryByte() throws IOException {
        byte[] plain = AttachmentFiles.plainJpeg();
        assertThat(strip(plain)).isEqualTo(plain);
    }

    @Test
    void aTruncatedJpegIsRefusedAsDamaged() {
        byte[] photo = AttachmentFiles.jpegWithGps();
        byte[] truncated = Arrays.copyOf(photo, photo.length / 2);
        assertThatThrownBy(() -> strip(truncated)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("JPEG图片已损坏或不完整")
                .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(ProblemType.ATTACHMENT_REJECTED));
    }

    private static byte[] strip(byte[] jpeg) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JpegMetadata.strip(new ByteArrayInputStream(jpeg), out);
        return out.toByteArray();
    }
}
