package org.gongkai.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.content.AttachmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentNamesTest {

    static final String SHA = "3fa9c1d27be04c55aa0c6e1b9f6d2e8a1c0b7e6d5f4a3b2c1d0e9f8a7b6c5d4e";

    @Test
    void aUnixPathKeepsOnlyItsLastSegmentWithTheSniffedExtension() {
        assertThat(AttachmentNames.safe("../../etc/passwd", AttachmentKind.PDF, SHA)).isEqualTo("passwd.pdf");
    }

    @Test
    void aWindowsPathKeepsOnlyItsLastSegment() {
        assertThat(AttachmentNames.safe("..\\..\\windows\\win.ini.pdf", AttachmentKind.PDF, SHA))
                .isEqualTo("win.ini.pdf");
    }

    @Test
    void controlCharactersAndNulAreRemoved() {
        assertThat(AttachmentNames.safe("补偿\u0000方案\u0007\r\n.pdf", AttachmentKind.PDF, SHA)).isEqualTo("补偿方案.pdf");
    }

    @Test
    void aRightToLeftOverrideCannotDisguiseTheExtension() {
        assertThat(AttachmentNames.safe("invoice\u202Efdp.exe", AttachmentKind.PDF, SHA)).isEqualTo("invoicefdp.pdf");
    }

    @Test
    void reservedCharactersBecomeUnderscores() {
        assertThat(AttachmentNames.safe("征地<公告>:\"第1|2期\"?*.pdf", AttachmentKind.PDF, SHA))
                .isEqualTo("征地_公告___第1_2期___.pdf");
        assertThat(AttachmentNames.safe("材料／身份证复印件.pdf", AttachmentKind.PDF, SHA)).isEqualTo("材料_身份证复印件.pdf");
    }

    @Test
    void leadingDotsAreRemoved() {
        assertThat(AttachmentNames.safe(".htaccess", AttachmentKind.PNG, SHA)).isEqualTo("htaccess.png");
        assertThat(AttachmentNames.safe("...公告.pdf", AttachmentKind.PDF, SHA)).isEqualTo("公告.pdf");
        assertThat(AttachmentNames.safe(" . 公告 . .pdf", AttachmentKind.PDF, SHA)).isEqualTo("公告.pdf");
    }

    @Test
    void aVeryLongNameIsCutToOneHundredCharactersKeepingTheExtension() {
        String name = AttachmentNames.safe("很".repeat(150) + ".pdf", AttachmentKind.PDF, SHA);
        assertThat(name).hasSize(AttachmentNames.MAX_LENGTH).endsWith("很.pdf");
    }

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String name = AttachmentNames.safe("𠀀".repeat(120) + ".jpeg", AttachmentKind.JPEG, SHA);
        assertThat(name.codePointCount(0, name.length())).isEqualTo(AttachmentNames.MAX_LENGTH);
        assertThat(name).endsWith("𠀀.jpg");
        assertThat(name.substring(0, name.length() - 4).codePoints().allMatch(c -> c == 0x20000)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"....", "\u0000\u0001", "/", "..\\..\\", ".pdf", "   "})
    void aNameWithNothingLeftGetsOneMadeFromTheDigest(String uploaded) {
        assertThat(AttachmentNames.safe(uploaded, AttachmentKind.PDF, SHA)).isEqualTo("附件-3fa9c1d2.pdf");
    }

    @ParameterizedTest
    @CsvSource({"照片.png, JPEG, 照片.jpg", "scan.PDF, PDF, scan.pdf", "map.pdf, PNG, map.png", "v1.2, PDF, v1.2.pdf",
            "勘测定界图.pdf, PDF, 勘测定界图.pdf", "CON.pdf, PDF, _CON.pdf"})
    void theExtensionIsTheSniffedKinds(String uploaded, AttachmentKind kind, String stored) {
        assertThat(AttachmentNames.safe(uploaded, kind, SHA)).isEqualTo(stored);
    }

    @Test
    void contentDispositionCarriesAnAsciiFallbackAndTheChineseNameInRfc5987Encoding() {
        String header = AttachmentNames.contentDisposition("勘测定界图.pdf", AttachmentKind.PDF, SHA);
        assertThat(header).isEqualTo("attachment; filename=\"attachment.pdf\"; "
                + "filename*=UTF-8''%E5%8B%98%E6%B5%8B%E5%AE%9A%E7%95%8C%E5%9B%BE.pdf");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("勘测定界图.pdf");
    }

    @Test
    void contentDispositionKeepsAsciiPartsOfAMixedName() {
        assertThat(AttachmentNames.contentDisposition("2026年第3批 plan.pdf", AttachmentKind.PDF, SHA))
                .isEqualTo("attachment; filename=\"2026_3_ plan.pdf\"; filename*=UTF-8''2026%E5%B9%B4%E7%AC%AC3%E6%89%B9%20plan.pdf");
    }

    @Test
    void contentDispositionNeverCarriesAPathQuoteOrLineBreakWhateverTheStoreHolds() {
        String header = AttachmentNames.contentDisposition("../../etc/\"x\r\nSet-Cookie: a=b\".pdf", AttachmentKind.PDF, SHA);
        assertThat(header).doesNotContain("/", "\\", "\r", "\n", "..").startsWith("attachment; filename=\"");
        assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
    }
}
