package org.gongkai.core.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.gongkai.core.privacy.PrivacyScanner;
import org.gongkai.api.problem.FieldProblem;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A signed PDF is kept byte for byte (rewriting it would break the signature), so it may carry no metadata that
 * names a person: no author, subject or keywords in the document information, no creator or keywords in its XMP,
 * no comment authors, and no personal number in any of its properties. Creator and Producer name the software
 * and may stay.
 */
final class SignedPdfCheck {

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    private static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    private static final String IPTC = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
    private static final String RIGHTS = "http://ns.adobe.com/xap/1.0/rights/";
    private static final Map<String, Set<String>> PERSONAL_XMP = Map.of(
            DC, Set.of("creator", "contributor", "subject", "description"),
            PDF, Set.of("Author", "Keywords"),
            PHOTOSHOP, Set.of("AuthorsPosition", "CaptionWriter", "Credit"),
            IPTC, Set.of("CreatorContactInfo"),
            RIGHTS, Set.of("Owner"));

    private SignedPdfCheck() {
    }

    static List<FieldProblem> identifying(PDDocument document) {
        List<FieldProblem> problems = new ArrayList<>();
        information(document.getDocumentInformation(), problems);
        xmp(document.getDocumentCatalog().getMetadata(), problems);
        PdfObjects.forEachDictionary(document.getDocument().getTrailer(), dictionary -> {
            if (PdfObjects.isMarkupAnnotation(dictionary) && notBlank(dictionary.getString(COSName.T))) {
                problems.add(FieldProblem.of("注释", "文件中的批注带有批注人姓名"));
            }
        });
        return problems.stream().distinct().toList();
    }

    private static void information(PDDocumentInformation info, List<FieldProblem> problems) {
        if (notBlank(info.getAuthor())) {
            problems.add(FieldProblem.of("文档属性.作者", "文档属性中填有作者"));
        }
        if (notBlank(info.getSubject())) {
            problems.add(FieldProblem.of("文档属性.主题", "文档属性中填有主题"));
        }
        if (notBlank(info.getKeywords())) {
            problems.add(FieldProblem.of("文档属性.关键词", "文档属性中填有关键词"));
        }
        COSDictionary all = info.getCOSObject();
        for (COSName key : all.keySet()) {
            String value = all.getString(key);
            if (value != null && !PrivacyScanner.scan("文档属性", value).isEmpty()) {
                problems.add(FieldProblem.of("文档属性." + key.getName(), "文档属性中含有身份证号、手机号或银行卡号"));
            }
        }
    }

    private static void xmp(PDMetadata metadata, List<FieldProblem> problems) {
        if (metadata == null) {
            return;
        }
        org.w3c.dom.Document xml;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xml = parser().newDocumentBuilder().parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            problems.add(FieldProblem.of("XMP元数据", "XMP元数据无法解析，无法确认其中不含个人信息"));
            return;
        }
        NodeList elements = xml.getElementsByTagNameNS("*", "*");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (personal(element.getNamespaceURI(), element.getLocalName()) && notBlank(element.getTextContent())) {
                problems.add(FieldProblem.of("XMP元数据." + element.getLocalName(), "XMP元数据中填有可识别个人的信息"));
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr attribute = (Attr) attributes.item(j);
                text.append(attribute.getValue()).append('\n');
                if (personal(attribute.getNamespaceURI(), attribute.getLocalName()) && notBlank(attribute.getValue())) {
                    problems.add(FieldProblem.of("XMP元数据." + attribute.getLocalName(), "XMP元数据中填有可识别个人的信息"));
                }
            }
        }
        if (xml.getDocumentElement() != null) {
            text.append(xml.getDocumentElement().getTextContent());
        }
        if (!PrivacyScanner.scan("XMP元数据", text.toString()).isEmpty()) {
            problems.add(FieldProblem.of("XMP元数据", "XMP元数据中含有身份证号、手机号或银行卡号"));
        }
    }

    private static boolean personal(String namespace, String name) {
        return namespace != null && name != null && PERSONAL_XMP.getOrDefault(namespace, Set.of()).contains(name);
    }

    private static DocumentBuilderFactory parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        return factory;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
