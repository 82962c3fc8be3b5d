package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.roster.Rosters.ID_1;
import static org.gongkai.core.roster.Rosters.ID_2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class RosterParserXlsxTest {

    private static final String NUMERIC_ID = Rosters.id(7).endsWith("X") ? Rosters.id(8) : Rosters.id(7);

    @Test
    void xlsxWithStringAndNumericIdsParses() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            header(sheet);
            sheet.value(1, 0, "张三");
            sheet.value(1, 1, ID_1);
            sheet.value(1, 2, "水田");
            sheet.value(1, 3, 1.5);
            sheet.value(1, 4, new BigDecimal("12000.00"));
            sheet.value(1, 5, "13800000001");
            sheet.value(1, 6, LocalDate.of(2026, 1, 15));
            sheet.style(1, 6).format("yyyy-mm-dd").set();

            sheet.value(2, 0, "李四");
            sheet.value(2, 1, Long.parseLong(NUMERIC_ID));
            sheet.value(2, 2, "旱地");
            sheet.value(2, 3, 2.0);
            sheet.value(2, 4, 9000);
            sheet.value(2, 5, 13800000002L);
            sheet.value(2, 6, LocalDate.of(2026, 1, 5));
            sheet.style(2, 6).format("yyyy\"年\"m\"月\"d\"日\"").set();
        });

        Rosters.Result result = Rosters.parse(xlsx, "补偿明细.xlsx");

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.rows()).extracting(ParsedRow::line).containsExactly(2, 3);
        assertThat(result.rows().get(0).values())
                .containsEntry("idNumber", ID_1)
                .containsEntry("area", "1.5")
                .containsEntry("amount", "12000")
                .containsEntry("paidOn", "2026-01-15");
        assertThat(result.rows().get(1).values())
                .containsEntry("idNumber", NUMERIC_ID)
                .containsEntry("area", "2")
                .containsEntry("amount", "9000")
                .containsEntry("phone", "13800000002")
                .containsEntry("paidOn", "2026-01-05");
    }

    @Test
    void idWhoseDigitsExcelDroppedIsExplained() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            header(sheet);
            row(sheet, 1, "张三", ID_2);
            sheet.value(1, 1, 2.30202199001011E17);
        });

        Rosters.Result result = Rosters.parse(xlsx, "roster.xlsx");

        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("身份证号");
            assertThat(p.reason()).contains("科学计数法").contains("2.30202199001011E+17");
        });
    }

    @Test
    void badCellsInXlsxAreReportedBySheetRow() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            header(sheet);
            row(sheet, 1, "张三", ID_1);
            row(sheet, 3, "李四", "123");
        });

        Rosters.Result result = Rosters.parse(xlsx, "roster.xlsx");

        assertThat(result.report().problems())
                .containsExactly(new RowProblem(4, "身份证号", "身份证号应为18位"));
        assertThat(result.report().rowsRead()).isEqualTo(2);
    }

    @Test
    void xlsxIsRecognisedWhateverItsName() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            header(sheet);
            row(sheet, 1, "张三", ID_1);
        });
        assertThat(Rosters.parse(xlsx, "upload.csv").report().accepted()).isTrue();
    }

    @Test
    void truncatedXlsxGivesOneClearProblem() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            header(sheet);
            row(sheet, 1, "张三", ID_1);
        });

        Rosters.Result result = Rosters.parse(Arrays.copyOf(xlsx, xlsx.length / 2), "roster.xlsx");

        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.reason()).startsWith("文件无法读取：").contains("Excel");
        });
        assertThat(result.batches()).isEmpty();
    }

    @Test
    void textFileNamedXlsxGivesOneClearProblem() {
        byte[] text = Rosters.threeGoodRows().getBytes(StandardCharsets.UTF_8);

        Rosters.Result result = Rosters.parse(text, "名单.xlsx");

        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.reason()).startsWith("文件无法读取：").contains("不是Excel工作簿");
        });
    }

    @Test
    void legacyXlsIsRefusedWithAdvice() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        Rosters.Result result = Rosters.parse(ole2, "名单.xls");
        assertThat(result.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains(".xls").contains("另存为"));
    }

    @Test
    void zipThatIsNotAWorkbookGivesOneClearProblem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Rosters.Result result = Rosters.parse(out.toByteArray(), "roster.xlsx");
        assertThat(result.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("文件无法读取："));
    }

    private static void header(Worksheet sheet) {
        List<String> headers = List.of(Rosters.HEADER.split(","));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
    }

    private static void row(Worksheet sheet, int r, String name, String id) {
        sheet.value(r, 0, name);
        sheet.value(r, 1, id);
        sheet.value(r, 2, "水田");
        sheet.value(r, 3, 1);
        sheet.value(r, 4, 100);
    }

    private interface SheetWriter {
        void write(Worksheet sheet) throws IOException;
    }

    private static byte[] workbook(SheetWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        writer.write(workbook.newWorksheet("名单"));
        workbook.finish();
        return out.toByteArray();
    }
}
