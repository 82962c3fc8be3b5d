package org.gongkai.core.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.IdNumbers;

/** Downloadable blank rosters: the header row and one example row of fictional data. */
final class RosterTemplates {

    /** A fictional person registered in the demo district 230202, born 1 January 1980. */
    public static final String EXAMPLE_ID_NUMBER = IdNumbers.withCheckDigit("23020219800101001");

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String TEXT_FORMAT = "@";
    private static final int MAX_SHEET_NAME = 31;

    private RosterTemplates() {
    }

    /** UTF-8 with a BOM, so that Excel opens the Chinese headers correctly. */
    public static byte[] csv(RosterSchema schema) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(schema.columns().stream().map(RosterColumn::header).toList());
            printer.printRecord(schema.columns().stream().map(RosterTemplates::example).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A bold header row; ID, phone and account columns formatted as text so Excel keeps every digit. */
    public static byte[] xlsx(RosterSchema schema) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "gongkai", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(schema.title()));
            List<RosterColumn> columns = schema.columns();
            for (int c = 0; c < columns.size(); c++) {
                RosterColumn column = columns.get(c);
                sheet.width(c, width(column));
                if (keptAsText(column.kind())) {
                    sheet.style(c).format(TEXT_FORMAT).set();
                }
                sheet.value(0, c, column.header());
                sheet.style(0, c).bold().set();
                writeExample(sheet, c, column);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeExample(Worksheet sheet, int c, RosterColumn column) {
        switch (column.kind()) {
            case INTEGER -> sheet.value(1, c, Long.valueOf(example(column)));
            case DECIMAL -> sheet.value(1, c, new BigDecimal(example(column)));
            case DATE, BIRTH_DATE -> {
                sheet.value(1, c, LocalDate.parse(example(column)));
                sheet.style(1, c).format("yyyy-mm-dd").set();
            }
            default -> {
                sheet.value(1, c, example(column));
                if (keptAsText(column.kind())) {
                    sheet.style(1, c).format(TEXT_FORMAT).set();
                }
            }
        }
    }

    static String example(RosterColumn column) {
        String value = switch (column.kind()) {
            case NAME -> "王小明";
            case ID_NUMBER -> EXAMPLE_ID_NUMBER;
            case PHONE -> "13800000000";
            case BANK_ACCOUNT -> "6200000000000001234";
            case ADDRESS -> "龙沙区示范街道示范社区1号";
            case BIRTH_DATE -> "1980-01-01";
            case TEXT -> "示例";
            case INTEGER -> "3";
            case DECIMAL -> "1200.50";
            case DATE -> "2026-01-15";
        };
        Integer max = column.maxLength();
        if (max != null && value.codePointCount(0, value.length()) > max && column.kind() != ColumnKind.ID_NUMBER) {
            return value.substring(0, value.offsetByCodePoints(0, max));
        }
        return value;
    }

    private static boolean keptAsText(ColumnKind kind) {
        return switch (kind) {
            case ID_NUMBER, PHONE, BANK_ACCOUNT, NAME, TEXT, ADDRESS -> true;
            case INTEGER, DECIMAL, DATE, BIRTH_DATE -> false;
        };
    }

    static double width(RosterColumn column) {
        return switch (column.kind()) {
            case ID_NUMBER, BANK_ACCOUNT -> 24;
            case ADDRESS -> 32;
            default -> Math.max(12, column.header().length() * 2.5);
        };
    }

    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (name.isEmpty()) {
            return "名单";
        }
        return name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name;
    }
}
