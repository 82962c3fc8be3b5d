package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.notice.RosterRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sector's rule reads a roster's rows as its own record, masked or raw, each with its source line. */
@FixtureSectorTest
class RosterReaderRowsTest {

    record Paid(int line, String name, String idNumber, BigDecimal amount, LocalDate paidOn) {
    }

    @Autowired
    RosterReader reader;

    @Autowired
    RosterRows rows;

    @Autowired
    DemoScript demo;

    @Test
    void rowsAreBoundToTheRecordMaskedOrRawWithTheirLinesAndABlankOrHiddenCellIsNull() {
        String uploadId = new ObjectId().toHexString();
        rows.write(uploadId, 0, List.of(
                        new RosterRow(2, Map.of("name", "张三", "idNumber", "2302**********1234", "amount", "1200.50")),
                        new RosterRow(4, Map.of("name", "李四", "idNumber", "2302**********5678", "amount", " "))),
                List.of(raw("张三", "230202199001011234", "1200.50", "2026-11-01"),
                        raw("李四", "230202198502025678", " ", ""))).block();
        Notice notice = withRoster(uploadId);

        assertThat(reader.rows(notice, Paid.class).collectList().block()).containsExactly(
                new Paid(2, "张三", "2302**********1234", new BigDecimal("1200.50"), null),
                new Paid(4, "李四", "2302**********5678", null, null));
        assertThat(reader.rawRows(notice, Paid.class).collectList().block()).containsExactly(
                new Paid(2, "张三", "230202199001011234", new BigDecimal("1200.50"), LocalDate.of(2026, 11, 1)),
                new Paid(4, "李四", "230202198502025678", null, null));
    }

    @Test
    void aNoticeWithoutARosterHasNoRows() {
        Notice notice = Notice.draft("fixture:no-roster", "fixture", "FIXTURE_NOTICE", draft(),
                demo.editor("230202206001"), Instant.parse("2026-11-02T01:00:00Z"));

        assertThat(reader.rows(notice, Paid.class).collectList().block()).isEmpty();
        assertThat(reader.rawRows(notice, Paid.class).collectList().block()).isEmpty();
    }

    Notice withRoster(String uploadId) {
        Instant now = Instant.parse("2026-11-02T01:00:00Z");
        Notice notice = Notice.draft("fixture:" + uploadId, "fixture", "FIXTURE_NOTICE", draft(),
                demo.editor("230202206001"), now);
        notice.attachRoster(new RosterRef(uploadId, "PAID", 2, "digest", null), demo.editor("230202206001"), now);
        return notice;
    }

    static NoticeDraft draft() {
        return new NoticeDraft("FX-01", "名单测试", "正文", Map.of("note", "无"), "230202206001", "PUBLIC",
                Disclosure.PROACTIVE, null, LocalDate.of(2026, 11, 1), null, null);
    }

    static Map<String, String> raw(String name, String idNumber, String amount, String paidOn) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("idNumber", idNumber);
        row.put("amount", amount);
        row.put("paidOn", paidOn);
        return row;
    }
}
