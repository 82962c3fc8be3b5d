package org.gongkai.core.roster;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterTemplatesTest {

    private static final RosterSchema EVERY_KIND = new RosterSchema("EVERY_KIND", "各类列", List.of(
            RosterColumn.required("name", "姓名", ColumnKind.NAME),
            RosterColumn.required("id", "身份证号", ColumnKind.ID_NUMBER),
            RosterColumn.required("phone", "联系电话", ColumnKind.PHONE),
            RosterColumn.required("account", "银行账号", ColumnKind.BANK_ACCOUNT),
            RosterColumn.required("address", "家庭住址", ColumnKind.ADDRESS),
            RosterColumn.required("birth", "出生日期", ColumnKind.BIRTH_DATE),
            new RosterColumn("note", "备注", ColumnKind.TEXT, true, 1),
            RosterColumn.required("size", "家庭人口", ColumnKind.INTEGER),
            RosterColumn.required("amount", "补助金额（元）", ColumnKind.DECIMAL),
            RosterColumn.required("date", "发放日期", ColumnKind.DATE)), null);

    @Test
    void csvTemplateStartsWithBomAndParsesBackCleanly() {
        byte[] csv = RosterTemplates.csv(Rosters.COMPENSATION);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(Rosters.HEADER);
        Rosters.Result result = Rosters.parse(csv, "template.csv");
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.rows()).singleElement()
                .satisfies(row -> assertThat(row.values()).containsEntry("idNumber", RosterTemplates.EXAMPLE_ID_NUMBER));
    }

    @Test
    void xlsxTemplateParsesBackCleanly() {
        Rosters.Result result = Rosters.parse(RosterTemplates.xlsx(Rosters.COMPENSATION), "template.xlsx");
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().rowsValid()).isEqualTo(1);
    }

    @Test
    void templatesForEveryColumnKindParseBack() {
        for (byte[] template : List.of(RosterTemplates.csv(EVERY_KIND), RosterTemplates.xlsx(EVERY_KIND))) {
            ParseReport report = RosterParser.parse(new ByteArrayInputStream(template), "t", EVERY_KIND,
                    RosterLimits.DEFAULT, batch -> { }, Rosters.CLOCK);
            assertThat(report.problems()).isEmpty();
            assertThat(report.rowsValid()).isEqualTo(1);
        }
    }

    @Test
    void exampleIdIsFictionalButValid() {
        assertThat(IdNumbers.problem(RosterTemplates.EXAMPLE_ID_NUMBER, LocalDate.now(Rosters.CLOCK))).isEmpty();
        assertThat(RosterTemplates.EXAMPLE_ID_NUMBER).startsWith("230202");
    }

    @Test
    void xlsxTemplateHasBoldHeaderAndTextIdColumn(@TempDir Path dir) throws IOException {
        byte[] xlsx = RosterTemplates.xlsx(Rosters.COMPENSATION);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("户主姓名");
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCellText(1)).isEqualTo(RosterTemplates.EXAMPLE_ID_NUMBER);
        }
        Path file = Files.write(dir.resolve("template.xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String styles = read(zip, "xl/styles.xml");
            String sheet = read(zip, "xl/worksheets/sheet1.xml");
            assertThat(styles).contains("<b/>").contains("formatCode=\"@\"");
            // column B (the ID column) carries a style of its own, so digits typed later stay text
            assertThat(sheet).containsPattern("<col min=\"2\" max=\"2\"[^>]*style=\"\\d+\"");
        }
    }

    private static String read(ZipFile zip, String entry) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
