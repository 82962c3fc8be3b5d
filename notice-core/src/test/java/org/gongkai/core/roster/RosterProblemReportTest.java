package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem is counted, the first ones by line are listed, and every bad row goes into the downloadable report
 * with its cells as uploaded and the cells at fault marked; nothing is staged once a problem is found.
 */
class RosterProblemReportTest {

    @TempDir
    Path dir;

    @Test
    void everyProblemIsCountedTheFirstByLineListedAndAllReported() throws IOException {
        StringBuilder csv = new StringBuilder(Rosters.HEADER).append('\n');
        for (int i = 0; i < 2500; i++) {
            String amount = i % 2 == 0 ? "abc" : "100";   // 1,250 bad rows, lines 2, 4, 6, …
            csv.append("户主").append(i).append(',').append(Rosters.id(i)).append(",水田,1,").append(amount)
                    .append(",,\n");
        }
        Path report = dir.resolve("report.xlsx");
        List<List<ParsedRow>> staged = new ArrayList<>();

        ParseReport result;
        try (ProblemReport problems = new ProblemReport(report)) {
            result = RosterParser.parse(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    null, "roster.csv", Rosters.COMPENSATION, new RosterLimits(1_000_000, 10_000, 1_000),
                    staged::add, problems, Rosters.CLOCK, 500);
        }

        assertThat(result.problemCount()).isEqualTo(1250);
        assertThat(result.problems()).hasSize(1000);
        assertThat(result.truncated()).isTrue();
        assertThat(result.problems().get(0).line()).isEqualTo(2);
        assertThat(result.problems().get(999).line()).isEqualTo(2 + 2 * 999);
        assertThat(staged).as("nothing is staged after the first problem").isEmpty();

        List<Row> rows = read(report);
        assertThat(rows).hasSize(1 + 1250);
        assertThat(rows.get(0).getCell(0).getText()).isEqualTo("行号");
        assertThat(rows.get(0).getCell(1).getText()).isEqualTo("问题");
        assertThat(rows.get(0).getCell(6).getText()).isEqualTo("补偿金额（元）");
        Row last = rows.get(1250);
        assertThat(last.getCell(0).getText()).isEqualTo(String.valueOf(2 + 2 * 1249));
        assertThat(last.getCell(1).getText()).isEqualTo("「补偿金额（元）」应为数字");
        assertThat(last.getCell(6).getText()).isEqualTo("abc");
        assertThat(MarkedCells.of(report)).contains("G1251").doesNotContain("C1251", "B1251");
    }

    @Test
    void aRepeatedIdIsReportedOnBothLinesWithTheIdCellMarked() throws IOException {
        String csv = Rosters.HEADER + "\n张三," + Rosters.ID_1 + ",水田,1,100,,\n李四," + Rosters.ID_2
                + ",水田,1,100,,\n王五," + Rosters.ID_1 + ",水田,1,100,,\n";
        Path report = dir.resolve("dup.xlsx");

        ParseReport result;
        try (ProblemReport problems = new ProblemReport(report)) {
            result = RosterParser.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null,
                    "roster.csv", Rosters.COMPENSATION, RosterLimits.DEFAULT, batch -> { }, problems,
                    Rosters.CLOCK, 500);
        }

        assertThat(result.problems()).extracting(RowProblem::line).containsExactly(2, 4);
        List<Row> rows = read(report);
        assertThat(rows).extracting(r -> r.getCell(0).getText()).containsExactlyInAnyOrder("行号", "4", "2");
        Row first = rows.stream().filter(r -> r.getCell(0).getText().equals("2")).findFirst().orElseThrow();
        assertThat(first.getCell(3).getText()).isEqualTo(Rosters.ID_1);
        assertThat(MarkedCells.of(report)).containsExactlyInAnyOrder("D2", "D3");
        assertThat(first.getCell(1).getText()).contains("与第4行重复");
    }

    private static List<Row> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.toList();
        }
    }
}
