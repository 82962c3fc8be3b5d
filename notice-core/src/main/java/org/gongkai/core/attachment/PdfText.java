package org.gongkai.core.attachment;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.core.privacy.PrivacyHit;
import org.gongkai.core.privacy.PrivacyScanner;

/**
 * Reads what a reader of the PDF sees as text — each page's text with its comments, the bookmarks and the form
 * field values — and scans it for personal numbers, page by page. A scanned page has no text layer and so passes;
 * the reviewer still looks at it.
 */
final class PdfText {

    private static final int MAX_BOOKMARKS = 10_000;
    private static final int MAX_BOOKMARK_DEPTH = 32;

    private PdfText() {
    }

    /** Hits with paths such as {@code 第2页}, {@code 书签}, {@code 表单域}. */
    static List<PrivacyHit> scan(PDDocument document) throws IOException {
        List<PrivacyHit> hits = new ArrayList<>();
        new PageScanner(hits).writeText(document, new StringWriter());
        hits.addAll(PrivacyScanner.scan("书签", bookmarks(document)));
        hits.addAll(PrivacyScanner.scan("表单域", formValues(document)));
        return hits;
    }

    private static final class PageScanner extends PDFTextStripper {

        private final List<PrivacyHit> hits;
        private StringWriter page;

        PageScanner(List<PrivacyHit> hits) {
            this.hits = hits;
        }

        @Override
        protected void startPage(PDPage pdPage) throws IOException {
            page = new StringWriter();
            output = page;
            super.startPage(pdPage);
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            super.endPage(pdPage);
            StringBuilder text = new StringBuilder(page.toString());
            for (PDAnnotation annotation : pdPage.getAnnotations()) {
                if (annotation.getContents() != null) {
                    text.append('\n').append(annotation.getContents());
                }
            }
            hits.addAll(PrivacyScanner.scan("第" + getCurrentPageNo() + "页", text.toString()));
        }
    }

    private static String bookmarks(PDDocument document) {
        StringBuilder text = new StringBuilder();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
            collect(document.getDocumentCatalog().getDocumentOutline(), text, new int[] {0}, 0);
        }
        return text.toString();
    }

    private static void collect(PDOutlineNode node, StringBuilder text, int[] count, int depth) {
        if (depth > MAX_BOOKMARK_DEPTH) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (++count[0] > MAX_BOOKMARKS) {
                return;
            }
            text.append(item.getTitle() == null ? "" : item.getTitle()).append('\n');
            collect(item, text, count, depth + 1);
        }
    }

    private static String formValues(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDTerminalField && !(field instanceof PDSignatureField)) {
                text.append(field.getValueAsString()).append('\n');
            }
        }
        return text.toString();
    }
}
