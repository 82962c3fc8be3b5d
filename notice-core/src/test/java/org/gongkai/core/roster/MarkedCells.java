package org.gongkai.core.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** The cells of a workbook's first sheet that are filled with the report's "at fault" colour, as A1 references. */
final class MarkedCells {

    private MarkedCells() {
    }

    static Set<String> of(Path xlsx) throws IOException {
        String styles;
        String sheet;
        try (ZipFile zip = ZipFile.builder().setPath(xlsx).get()) {
            styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        List<String> fills = elements(section(styles, "fills"), "fill");
        Set<String> badFills = new HashSet<>();
        for (int i = 0; i < fills.size(); i++) {
            if (fills.get(i).contains(ProblemReport.FILL_BAD)) {
                badFills.add(String.valueOf(i));
            }
        }
        List<String> xfs = elements(section(styles, "cellXfs"), "xf");
        Set<String> badStyles = new HashSet<>();
        for (int i = 0; i < xfs.size(); i++) {
            Matcher fill = Pattern.compile("fillId=\"(\\d+)\"").matcher(xfs.get(i));
            if (fill.find() && badFills.contains(fill.group(1))) {
                badStyles.add(String.valueOf(i));
            }
        }
        Set<String> marked = new HashSet<>();
        Matcher cell = Pattern.compile("<c r=\"([A-Z]+\\d+)\"[^>]*?\\bs=\"(\\d+)\"").matcher(sheet);
        while (cell.find()) {
            if (badStyles.contains(cell.group(2))) {
                marked.add(cell.group(1));
            }
        }
        return marked;
    }

    private static String section(String xml, String name) {
        int start = xml.indexOf("<" + name);
        int end = xml.indexOf("</" + name + ">", start);
        return start < 0 || end < 0 ? "" : xml.substring(start, end);
    }

    private static List<String> elements(String xml, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + name + "[ >/].*?(?:</" + name + ">|/>)", Pattern.DOTALL).matcher(xml);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
