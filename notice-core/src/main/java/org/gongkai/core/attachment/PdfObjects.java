package org.gongkai.core.attachment;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/** Every dictionary (streams included) reachable from a PDF's trailer, each visited once, without recursion. */
final class PdfObjects {

    /** Annotation subtypes whose {@code /T} is the name of the person who wrote the comment (ISO 32000 12.5.6.2). */
    static final Set<String> MARKUP = Set.of("Text", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine",
            "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "FileAttachment", "Sound",
            "Redact");

    private PdfObjects() {
    }

    static void forEachDictionary(COSDictionary trailer, Consumer<COSDictionary> visitor) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                visitor.accept(dictionary);
                dictionary.getValues().forEach(todo::push);
            } else if (next instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
    }

    static boolean isMarkupAnnotation(COSDictionary dictionary) {
        String subtype = dictionary.getNameAsString(COSName.SUBTYPE);
        return subtype != null && MARKUP.contains(subtype)
                && (dictionary.containsKey(COSName.RECT) || COSName.ANNOT.equals(dictionary.getCOSName(COSName.TYPE)));
    }

    static boolean isEmbeddedFile(COSDictionary dictionary) {
        return dictionary.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE));
    }
}
