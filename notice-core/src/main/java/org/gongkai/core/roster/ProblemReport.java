package org.gongkai.core.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The whole problem report of an upload as a spreadsheet, written while the file is read (streamed to a temporary
 * file, so a report of 100,000 bad rows costs no heap): one line per row at fault with its line number, what is
 * wrong, and its cells as uploaded, the cells at fault filled red.
 */
final class ProblemReport implements ProblemLog, AutoCloseable {

    static final String FILL_BAD = "FFC7CE";
    private static final int FLUSH_EVERY = 1_000;

    private final Path file;
    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int nextRow = 1;
    private boolean empty = true;

    ProblemReport(Path file) {
        this.file = file;
        try {
            this.out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.workbook = new Workbook(out, "gongkai", "1.0");
        this.sheet = workbook.newWorksheet("问题清单");
        sheet.value(0, 0, "行号");
        sheet.value(0, 1, "问题");
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        sheet.width(1, 60);
    }

    @Override
    public void header(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            sheet.value(0, i + 2, cells.get(i));
            sheet.style(0, i + 2).bold().set();
        }
    }

    @Override
    public void row(int line, List<String> cells, List<RowProblem> problems, Set<Integer> badCells) {
        int r = nextRow++;
        empty = false;
        if (line > 0) {
            sheet.value(r, 0, line);
        } else {
            sheet.value(r, 0, "整个文件");
        }
        sheet.value(r, 1, problems.stream().map(ProblemReport::describe).collect(Collectors.joining("；")));
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null && !cell.isEmpty()) {
                sheet.value(r, i + 2, cell);
            }
            if (badCells.contains(i)) {
                sheet.style(r, i + 2).fillColor(FILL_BAD).set();
            }
        }
        if (r % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether any problem was written. */
    boolean isEmpty() {
        return empty;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            sheet.finish();
            workbook.finish();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(RowProblem p) {
        return p.column() == null ? p.reason() : "「" + p.column() + "」" + p.reason();
    }
}
