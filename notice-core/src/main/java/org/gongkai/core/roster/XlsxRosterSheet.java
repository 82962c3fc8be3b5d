package org.gongkai.core.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet of inline strings: every cell is text (never a number Excel could round, never a formula), the
 * header bold and frozen. fastexcel writes each flushed row into the zip at once, so memory stays flat.
 */
final class XlsxRosterSheet implements RosterSheet {

    private static final double LINE_WIDTH = 8;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Workbook workbook;
    private final Worksheet sheet;
    private int next;
    private boolean finished;

    XlsxRosterSheet(RosterSchema schema) {
        workbook = new Workbook(out, "gongkai", "1.0");
        sheet = workbook.newWorksheet(RosterTemplates.sheetName(schema.title()));
        sheet.width(0, LINE_WIDTH);
        List<RosterColumn> columns = schema.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c + 1, RosterTemplates.width(columns.get(c)));
        }
        sheet.freezePane(0, 1);
    }

    @Override
    public void header(List<String> cells) {
        int r = next;
        row(cells);
        sheet.range(r, 0, r, cells.size() - 1).style().bold().set();
    }

    @Override
    public void row(List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            sheet.inlineString(next, c, cells.get(c));
        }
        next++;
    }

    @Override
    public void finish() {
        try {
            sheet.finish();
            workbook.finish();
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] take() {
        try {
            if (!finished) {
                sheet.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }
}
