package org.gongkai.core.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 (CRLF, quotes doubled) in UTF-8 with a BOM, which Excel on Chinese Windows needs to read UTF-8. Every
 * field is quoted, as OWASP advises, so that a spreadsheet that splits on another separator still sees one cell.
 */
final class CsvRosterSheet implements RosterSheet {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CSVPrinter printer;

    CsvRosterSheet() {
        out.writeBytes(RosterTemplates.UTF8_BOM);
        try {
            printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void header(List<String> cells) {
        row(cells);
    }

    @Override
    public void row(List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        // nothing follows the last record
    }

    @Override
    public byte[] take() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }
}
