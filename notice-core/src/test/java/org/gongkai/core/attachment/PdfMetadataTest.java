package org.gongkai.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.core.testing.AttachmentFiles.AUTHOR;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.testing.AttachmentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfMetadataTest {

    @TempDir
    Path folder;

    @Test
    void anIdNumberWrittenWithSpacesOnPage2IsRefusedNamingThePageAndMaskingTheNumber() throws IOException {
        ProblemException refused = refusal(AttachmentFiles.pdfWithIdNumberOnPage2());

        assertThat(refused.type()).isEqualTo(ProblemType.PRIVACY_LEAK);
        assertThat(refused.getMessage()).contains("第2页").contains("1处").doesNotContain("第1页");
        assertThat(refused.errors()).extracting(FieldProblem::field).containsExactly("第2页");
        FieldProblem place = refused.errors().get(0);
        assertThat(place.reason()).startsWith("未脱敏的身份证号：").contains("Li, ID 1101");
        assertThat(place.reason().replaceAll("\\D", "")).doesNotContain("19900307").doesNotContain("110101199003074578");
        assertThat(Files.exists(folder.resolve("clean.pdf"))).isFalse();
    }

    @Test
    void aCleanPdfIsRewrittenWithoutAuthorCreatorProducerTitleXmpOrCommentAuthor() throws IOException {
        byte[] upload = AttachmentFiles.pdfWithAuthorAndXmp();
        assertThat(everyString(upload)).anyMatch(s -> s.contains(AUTHOR));

        Path clean = folder.resolve("clean.pdf");
        assertThat(PdfMetadata.clean(write(upload), clean, 500)).isEqualTo(PdfMetadata.Outcome.REWRITTEN);

        byte[] stored = Files.readAllBytes(clean);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(AUTHOR, "LibreOffice", "xmpmeta");
        assertThat(everyString(stored)).noneMatch(s -> s.contains(AUTHOR) || s.contains("LibreOffice"));
        try (PDDocument document = Loader.loadPDF(stored)) {
            assertThat(document.getDocument().getTrailer().containsKey(COSName.INFO)).isFalse();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getPage(0).getMetadata()).isNull();
            assertThat(document.getPage(0).getAnnotations()).singleElement()
                    .satisfies(comment -> assertThat(comment.getCOSObject().containsKey(COSName.T)).isFalse());
            assertThat(new PDFTextStripper().getText(document)).contains("Compensation standard for the second group");
        }
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsRefused() {
        ProblemException refused = refusal(AttachmentFiles.pdfWithPages(4), 3);
        assertThat(refused.type()).isEqualTo(ProblemType.ATTACHMENT_REJECTED);
        assertThat(refused.getMessage()).isEqualTo("PDF共4页，超过每个附件3页的上限，请拆分成几个文件上传");
    }

    @Test
    void anEncryptedPdfIsRefusedWhetherItNeedsAPasswordToOpenOrNot() {
        for (String userPassword : new String[] {"", "open-sesame"}) {
            ProblemException refused = refusal(AttachmentFiles.encryptedPdf(userPassword));
            assertThat(refused.type()).isEqualTo(ProblemType.ATTACHMENT_REJECTED);
            assertThat(refused.getMessage()).contains("该PDF已加密").contains("请取消加密后重新上传");
        }
    }

    @Test
    void aDamagedPdfIsRefused() {
        for (String bytes : new String[] {"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "%PDF-1.7\ngarbage"}) {
            ProblemException refused = refusal(bytes.getBytes(StandardCharsets.US_ASCII));
            assertThat(refused.type()).isEqualTo(ProblemType.ATTACHMENT_REJECTED);
            assertThat(refused.getMessage()).isEqualTo("PDF文件已损坏或不完整，无法读取，请重新导出后上传");
        }
    }

    @Test
    void aPdfWithAnEmbeddedFileIsRefused() {
        ProblemException refused = refusal(AttachmentFiles.pdfWithEmbeddedFile());
        assertThat(refused.type()).isEqualTo(ProblemType.ATTACHMENT_REJECTED);
        assertThat(refused.getMessage()).contains("内嵌了其他文件");
    }

    @Test
    void aSignedPdfWithoutPersonalMetadataIsKeptByteForByteSoItsSignatureStaysValid() throws IOException {
        Path clean = folder.resolve("clean.pdf");
        assertThat(PdfMetadata.clean(write(AttachmentFiles.signedPdf(false)), clean, 500))
                .isEqualTo(PdfMetadata.Outcome.SIGNED_KEPT_AS_IS);
        assertThat(Files.exists(clean)).isFalse();
    }

    @Test
    void aSignedPdfNamingItsAuthorIsRefusedBecauseRemovingTheAuthorWouldBreakTheSignature() {
        ProblemException refused = refusal(AttachmentFiles.signedPdf(true));
        assertThat(refused.type()).isEqualTo(ProblemType.ATTACHMENT_REJECTED);
        assertThat(refused.getMessage()).contains("数字签名").contains("上传未签名的版本");
        assertThat(refused.errors()).extracting(FieldProblem::field).containsExactly("文档属性.作者");
    }

    private ProblemException refusal(byte[] pdf) {
        return refusal(pdf, 500);
    }

    private ProblemException refusal(byte[] pdf, int maxPages) {
        Path clean = folder.resolve("clean.pdf");
        return (ProblemException) org.assertj.core.api.Assertions.catchThrowable(
                () -> PdfMetadata.clean(write(pdf), clean, maxPages));
    }

    private Path write(byte[] pdf) throws IOException {
        return Files.write(Files.createTempFile(folder, "upload", ".pdf"), pdf);
    }

    /** Every string and every decoded stream of every object in the file, reachable or not. */
    static List<String> everyString(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                collect(document.getDocument().getObjectFromPool(key).getObject(), found);
            }
        }
        return found;
    }

    private static void collect(COSBase object, List<String> found) throws IOException {
        if (object instanceof COSString string) {
            found.add(string.getString());
        } else if (object instanceof COSStream stream) {
            try (var in = stream.createInputStream()) {
                found.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
            collectValues(stream, found);
        } else if (object instanceof COSDictionary dictionary) {
            collectValues(dictionary, found);
        } else if (object instanceof org.apache.pdfbox.cos.COSArray array) {
            for (COSBase item : array) {
                collect(item, found);
            }
        }
    }

    private static void collectValues(COSDictionary dictionary, List<String> found) throws IOException {
        for (COSBase value : dictionary.getValues()) {
            if (!(value instanceof org.apache.pdfbox.cos.COSObject)) {
                collect(value, found);
            }
        }
    }
}
