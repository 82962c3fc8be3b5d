package org.gongkai.core.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Attachments made in the test, as a clerk's tools would write them: PDFs with text on given pages and the
 * metadata word processors add, a phone photo with Exif GPS, XMP and IPTC, a PNG with text chunks.
 */
public final class AttachmentFiles {

    /** The person every fixture's metadata names; no stored file may contain it. */
    public static final String AUTHOR = "Zhang Wei";
    /** The datum of the fixture photo's GPS block. */
    public static final String GPS_DATUM = "WGS-84";
    /** A valid resident ID number (GB 11643), as a clerk might type it with spaces. */
    public static final String SPACED_ID = "110101 19900307 4578";

    private AttachmentFiles() {
    }

    /** A PDF with one page per text. */
    public static byte[] pdf(String... pages) {
        try (PDDocument document = document(pages)) {
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two pages; page 2 carries an ID number written with spaces. */
    public static byte[] pdfWithIdNumberOnPage2() {
        return pdf("Announcement of the land acquisition plan, Village A.",
                "Household head: Li, ID " + SPACED_ID + ", compensation 12000 yuan.");
    }

    /** A clean text, but the author's name in the document information, the XMP, a page's XMP and a comment. */
    public static byte[] pdfWithAuthorAndXmp() {
        try (PDDocument document = document("Compensation standard for the second group, Village A.")) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor(AUTHOR);
            info.setCreator("Writer (" + AUTHOR + ")");
            info.setProducer("LibreOffice 7.5");
            info.setSubject("Draft by " + AUTHOR);
            info.setKeywords(AUTHOR + ", compensation");
            info.setTitle("Notes of " + AUTHOR);
            info.setCustomMetadataValue("Company", "Office of " + AUTHOR);
            document.setDocumentInformation(info);
            document.getDocumentCatalog().setMetadata(xmp(document));
            document.getPage(0).setMetadata(xmp(document));
            PDAnnotationText comment = new PDAnnotationText();
            comment.setRectangle(new PDRectangle(50, 700, 20, 20));
            comment.setTitlePopup(AUTHOR);
            comment.setContents("checked");
            document.getPage(0).getAnnotations().add(comment);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdfWithPages(int count) {
        String[] pages = new String[count];
        java.util.Arrays.fill(pages, "page");
        return pdf(pages);
    }

    /** Encrypted with an owner password only: it opens without a password, yet is encrypted. */
    public static byte[] encryptedPdf(String userPassword) {
        try (PDDocument document = document("Restricted copy.")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdfWithEmbeddedFile() {
        try (PDDocument document = document("See the attached roster.")) {
            PDEmbeddedFile file = new PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream("name,id\nLi,110101199003074578\n".getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("roster.csv");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("roster.csv", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF with a signature dictionary over its bytes, added as an incremental update the way signing tools do.
     * The signature value is a placeholder: only its presence matters here.
     */
    public static byte[] signedPdf(boolean withAuthor) {
        try (PDDocument unsigned = document("Approval of the land acquisition, signed by the province.")) {
            if (withAuthor) {
                unsigned.getDocumentInformation().setAuthor(AUTHOR);
            }
            unsigned.getDocumentInformation().setProducer("Signing Suite 3");
            byte[] bytes = save(unsigned);
            try (PDDocument document = Loader.loadPDF(bytes)) {
                PDSignature signature = new PDSignature();
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
                signature.setName("Provincial Department of Natural Resources");
                document.addSignature(signature, content -> {
                    content.readAllBytes();
                    return new byte[64];
                });
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument document(String... pages) throws IOException {
        PDDocument document = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (String text : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.newLineAtOffset(50, 750);
                content.showText(text);
                content.endText();
            }
        }
        return document;
    }

    private static PDMetadata xmp(PDDocument document) throws IOException {
        String xml = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" pdf:Producer=\"LibreOffice 7.5\">"
                + "<dc:creator><rdf:Seq><rdf:li>" + AUTHOR + "</rdf:li></rdf:Seq></dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xml.getBytes(StandardCharsets.UTF_8));
        return metadata;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** A 32×24 picture with a red left half, as ImageIO writes it. */
    public static BufferedImage picture() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 16, 24);
        g.dispose();
        return image;
    }

    public static byte[] plainJpeg() {
        return write(picture(), "jpg");
    }

    public static byte[] plainPng() {
        return write(picture(), "png");
    }

    /**
     * A phone photo: after the JFIF header, an Exif segment (orientation 6, artist, GPS position), an XMP segment
     * naming the author, a Photoshop/IPTC segment with a by-line, a comment, and a second image after the end.
     */
    public static byte[] jpegWithGps() {
        byte[] jpeg = plainJpeg();
        int afterJfif = 2 + 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.writeBytes(exifSegment());
        out.writeBytes(segment(0xE1, concat(ascii("http://ns.adobe.com/xap/1.0/\0"),
                ascii("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + AUTHOR + "</dc:creator></x:xmpmeta>"))));
        out.writeBytes(segment(0xED, concat(ascii("Photoshop 3.0\0"), ascii("8BIM"), new byte[] {0x04, 0x04, 0, 0},
                ByteBuffer.allocate(4).putInt(5 + AUTHOR.length()).array(),
                new byte[] {0x1C, 0x02, 0x50, 0, (byte) AUTHOR.length()}, ascii(AUTHOR))));
        out.writeBytes(segment(0xFE, ascii("Taken by " + AUTHOR)));
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        out.writeBytes(ascii("trailing depth map by " + AUTHOR));
        return out.toByteArray();
    }

    /** The APP1 Exif segment of {@link #jpegWithGps()}, to look for in a stored file. */
    public static byte[] exifSegment() {
        return segment(0xE1, concat(ascii("Exif\0\0"), exifTiff()));
    }

    /**
     * Big-endian TIFF: IFD0 with Orientation 6, Artist, and a GPS IFD (latitude 39°54'N, longitude 116°23'E, datum).
     */
    public static byte[] exifTiff() {
        ByteBuffer b = ByteBuffer.allocate(181);
        b.put(ascii("MM")).putShort((short) 42).putInt(8);
        b.putShort((short) 3);
        entry(b, 0x0112, 3, 1, 6 << 16);
        entry(b, 0x013B, 2, AUTHOR.length() + 1, 50);
        entry(b, 0x8825, 4, 1, 60);
        b.putInt(0);
        b.put(ascii(AUTHOR + "\0"));
        b.putShort((short) 5);
        entry(b, 0x0001, 2, 2, 'N' << 24);
        entry(b, 0x0002, 5, 3, 126);
        entry(b, 0x0003, 2, 2, 'E' << 24);
        entry(b, 0x0004, 5, 3, 150);
        entry(b, 0x0012, 2, GPS_DATUM.length() + 1, 174);
        b.putInt(0);
        for (int value : new int[] {39, 54, 0, 116, 23, 0}) {
            b.putInt(value).putInt(1);
        }
        b.put(ascii(GPS_DATUM + "\0"));
        return b.array();
    }

    /** A PNG with tEXt (Author), zTXt, iTXt, eXIf with GPS, tIME and a private chunk, plus a tEXt after IDAT. */
    public static byte[] pngWithText() {
        byte[] png = plainPng();
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk("tEXt", ascii("Author\0" + AUTHOR)));
        out.writeBytes(chunk("zTXt", concat(ascii("Comment\0"), new byte[] {0}, deflate("drawn by " + AUTHOR))));
        out.writeBytes(chunk("iTXt", concat(ascii("Description\0"), new byte[] {0, 0}, ascii("zh\0\0"),
                ("测绘员 " + AUTHOR).getBytes(StandardCharsets.UTF_8))));
        out.writeBytes(chunk("eXIf", exifTiff()));
        out.writeBytes(chunk("tIME", new byte[] {0x07, (byte) 0xEA, 11, 2, 9, 0, 0}));
        out.writeBytes(chunk("prVt", ascii("editor=" + AUTHOR)));
        out.write(png, afterHeader, iend - afterHeader);
        out.writeBytes(chunk("tEXt", ascii("Software\0Editor of " + AUTHOR)));
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    public static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(ascii(type)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] segment(int marker, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (payload.length + 2)).put(payload).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List.of(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] deflate(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
