package org.gongkai.core.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The first sheet of an XLSX workbook, streamed row by row, each cell as the text Excel would show. */
final class XlsxRowSource implements RowSource {

    private static final String DAMAGED = "不是有效的Excel（.xlsx）文件，可能已损坏或上传不完整";

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    private XlsxRowSource(ReadableWorkbook workbook, Stream<Row> rows) {
        this.workbook = workbook;
        this.rows = rows;
        this.iterator = rows.iterator();
    }

    static XlsxRowSource open(Path file) throws UnreadableFileException {
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
            return new XlsxRowSource(workbook, workbook.getFirstSheet().openStream());
        } catch (RosterTooLargeException e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw new UnreadableFileException(DAMAGED, e);
        }
    }

    @Override
    public SourceRow next() throws UnreadableFileException {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            Row row = iterator.next();
            List<String> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(XlsxCells.text(row.getCell(i), workbook.isDate1904()));
            }
            return new SourceRow(row.getRowNum(), cells);
        } catch (RosterTooLargeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableFileException(DAMAGED, e);
        }
    }

    @Override
    public void close() {
        rows.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook == null) {
            return;
        }
        try {
            workbook.close();
        } catch (IOException ignored) {
            // nothing to do: the temporary file is removed by its owner
        }
    }
}
