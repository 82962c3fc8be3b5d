package org.gongkai.core.attachment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.core.privacy.PrivacyHit;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF from disk (PDFBox parses from the file and caches in temporary files, never the whole document in
 * heap), refuses what cannot be checked or published, and writes a copy without the metadata that identifies
 * people: the document information (author, creator, producer, subject, keywords and title), every XMP stream,
 * application private data ({@code /PieceInfo}) and the names of comment authors. A signed PDF is not rewritten.
 */
final class PdfMetadata {

    /** What became of a PDF that was accepted. */
    enum Outcome { REWRITTEN, SIGNED_KEPT_AS_IS }

    private static final Logger log = LoggerFactory.getLogger(PdfMetadata.class);

    private PdfMetadata() {
    }

    static Outcome clean(Path source, Path target, int maxPages) throws IOException {
        PDDocument document;
        try {
            document = Loader.loadPDF(source.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException e) {
            throw damaged();
        }
        try (document) {
            return inspect(document, target, maxPages);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.warn("PDF attachment refused as unreadable: {}", e.toString());
            throw damaged();
        }
    }

    private static Outcome inspect(PDDocument document, Path target, int maxPages) throws IOException {
        if (document.isEncrypted()) {
            throw encrypted();
        }
        int pages = document.getNumberOfPages();
        if (pages == 0) {
            throw damaged();
        }
        if (pages > maxPages) {
            throw new ProblemException(ProblemType.ATTACHMENT_REJECTED, "PDF共" + pages + "页，超过每个附件" + maxPages
                    + "页的上限，请拆分成几个文件上传");
        }
        refuseEmbeddedFiles(document);
        refuseIfPersonalNumbers(PdfText.scan(document));
        if (!document.getSignatureDictionaries().isEmpty()) {
            List<FieldProblem> identifying = SignedPdfCheck.identifying(document);
            if (!identifying.isEmpty()) {
                throw new ProblemException(ProblemType.ATTACHMENT_REJECTED, "该PDF带有数字签名（电子签章）。为保持签名有效，带签名的PDF只能原样保存、"
                        + "不能改写，而它的属性中含有可识别个人的信息，原样保存会一并公开。请签署方清除文档属性后重新签署，或上传未签名的版本", identifying);
            }
            return Outcome.SIGNED_KEPT_AS_IS;
        }
        strip(document);
        document.save(target.toFile());
        return Outcome.REWRITTEN;
    }

    private static void strip(PDDocument document) {
        COSDictionary trailer = document.getDocument().getTrailer();
        trailer.removeItem(COSName.INFO);
        PdfObjects.forEachDictionary(trailer, dictionary -> {
            dictionary.removeItem(COSName.METADATA);
            dictionary.removeItem(COSName.PIECE_INFO);
            if (PdfObjects.isMarkupAnnotation(dictionary)) {
                dictionary.removeItem(COSName.T);
            }
        });
    }

    private static void refuseEmbeddedFiles(PDDocument document) {
        boolean[] found = {false};
        PdfObjects.forEachDictionary(document.getDocument().getTrailer(), dictionary -> {
            found[0] |= PdfObjects.isEmbeddedFile(dictionary);
        });
        if (found[0]) {
            throw new ProblemException(ProblemType.ATTACHMENT_REJECTED,
                    "该PDF内嵌了其他文件，无法检查其中是否含有个人信息，请去掉内嵌文件后上传");
        }
    }

    private static void refuseIfPersonalNumbers(List<PrivacyHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        List<FieldProblem> places = hits.stream()
                .map(hit -> FieldProblem.of(hit.path(), hit.reason() + "：" + hit.excerpt())).toList();
        String where = hits.stream().map(PrivacyHit::path).distinct().collect(Collectors.joining("、"));
        throw new ProblemException(ProblemType.PRIVACY_LEAK, "附件" + where + "共有" + hits.size()
                + "处未脱敏的个人信息（身份证号、手机号或银行卡号），已退回。请遮盖或删除后重新上传", places);
    }

    private static ProblemException encrypted() {
        return new ProblemException(ProblemType.ATTACHMENT_REJECTED,
                "该PDF已加密（设置了打开密码或权限密码），无法检查其中是否含有个人信息，请取消加密后重新上传");
    }

    private static ProblemException damaged() {
        return new ProblemException(ProblemType.ATTACHMENT_REJECTED, "PDF文件已损坏或不完整，无法读取，请重新导出后上传");
    }
}
