package org.gongkai.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentSnifferTest {

    @Test
    void pdfIsRecognisedByItsHeader() {
        assertThat(AttachmentSniffer.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(AttachmentKind.PDF);
    }

    @Test
    void pngIsRecognisedByItsSignature() {
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(AttachmentSniffer.detect(png)).contains(AttachmentKind.PNG);
    }

    @Test
    void jpegIsRecognisedByItsStartOfImageMarker() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F'};
        assertThat(AttachmentSniffer.detect(jpeg)).contains(AttachmentKind.JPEG);
    }

    @Test
    void htmlRenamedToPdfIsRefused() {
        // bytes of an upload named "补偿方案.pdf"
        byte[] renamed = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(AttachmentSniffer.detect(renamed)).isEmpty();
    }

    @Test
    void pdfMarkerNotAtTheStartIsRefused() {
        assertThat(AttachmentSniffer.detect(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentSniffer.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void truncatedPngSignatureIsRefused() {
        assertThat(AttachmentSniffer.detect(new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47})).isEmpty();
    }

    @Test
    void emptyOrNullHeadIsRefused() {
        assertThat(AttachmentSniffer.detect(new byte[0])).isEmpty();
        assertThat(AttachmentSniffer.detect(null)).isEmpty();
    }

    @Test
    void kindsCarryMimeTypeAndChineseName() {
        assertThat(AttachmentKind.PDF.mimeType()).isEqualTo("application/pdf");
        assertThat(AttachmentKind.PNG.mimeType()).isEqualTo("image/png");
        assertThat(AttachmentKind.JPEG.mimeType()).isEqualTo("image/jpeg");
        assertThat(AttachmentKind.PDF.displayName()).isEqualTo("PDF文档");
        assertThat(AttachmentKind.JPEG.displayName()).isEqualTo("JPEG图片");
    }
}
