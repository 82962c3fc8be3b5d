package org.gongkai.core.roster;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.time.Zones;

/** Fixtures: the land compensation roster and fictional people in the demo district 230202. */
final class Rosters {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), Zones.SHANGHAI);

    static final RosterSchema COMPENSATION = new RosterSchema("COMPENSATION_DETAILS", "征地补偿明细", List.of(
            new RosterColumn("householder", "户主姓名", ColumnKind.NAME, true, 20),
            RosterColumn.required("idNumber", "身份证号", ColumnKind.ID_NUMBER),
            RosterColumn.required("landClass", "地类", ColumnKind.TEXT),
            RosterColumn.required("area", "面积（亩）", ColumnKind.DECIMAL),
            RosterColumn.required("amount", "补偿金额（元）", ColumnKind.DECIMAL),
            RosterColumn.optional("phone", "联系电话", ColumnKind.PHONE),
            RosterColumn.optional("paidOn", "发放日期", ColumnKind.DATE)), null);

    static final String HEADER = "户主姓名,身份证号,地类,面积（亩）,补偿金额（元）,联系电话,发放日期";

    static final String ID_1 = IdNumbers.withCheckDigit("23020219800101001");
    static final String ID_2 = IdNumbers.withCheckDigit("23020219751212002");
    static final String ID_3 = IdNumbers.withCheckDigit("23020219660705003");

    private Rosters() {
    }

    static String id(int n) {
        return IdNumbers.withCheckDigit(String.format("2302021970%04d%03d", 101 + (n % 28), n % 1000));
    }

    static String threeGoodRows() {
        return HEADER + "\r\n"
                + "张三," + ID_1 + ",水田,1.50,12000.00,13800000001,2026-01-15\r\n"
                + "李四," + ID_2 + ",旱地,2.25,9000,,2026/1/5\r\n"
                + "王小明," + ID_3 + ",林地,0.8,3200.5,0452-2412345,\r\n";
    }

    static Result parse(byte[] bytes, String fileName) {
        return parse(bytes, fileName, RosterLimits.DEFAULT);
    }

    static Result parse(byte[] bytes, String fileName, RosterLimits limits) {
        List<List<ParsedRow>> batches = new ArrayList<>();
        ParseReport report = RosterParser.parse(new ByteArrayInputStream(bytes), fileName, COMPENSATION, limits,
                batches::add, CLOCK);
        return new Result(report, batches);
    }

    record Result(ParseReport report, List<List<ParsedRow>> batches) {

        List<ParsedRow> rows() {
            return batches.stream().flatMap(List::stream).toList();
        }
    }
}
