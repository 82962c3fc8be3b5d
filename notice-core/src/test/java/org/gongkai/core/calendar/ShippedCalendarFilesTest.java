package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped files against the State Council notices, transcribed here independently of the files. */
class ShippedCalendarFilesTest {

    // year -> {off days, make-up working days}, as in the notices (month-day; a..b is inclusive)
    private static final Map<Integer, String[]> NOTICES = Map.of(
            2024, new String[] {
                "01-01; 02-10..02-17; 04-04..04-06; 05-01..05-05; 06-10; 09-15..09-17; 10-01..10-07",
                "02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12"},
            2025, new String[] {
                "01-01; 01-28..02-04; 04-04..04-06; 05-01..05-05; 05-31..06-02; 10-01..10-08",
                "01-26, 02-08, 04-27, 09-28, 10-11"},
            2026, new String[] {
                "01-01..01-03; 02-15..02-23; 04-04..04-06; 05-01..05-05; 06-19..06-21; 09-25..09-27; 10-01..10-07",
                "01-04, 02-14, 02-28, 05-09, 09-20, 10-10"});

    private static final Map<Integer, String> PAPERS = Map.of(
            2024, "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm",
            2025, "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm",
            2026, "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void fileListsExactlyTheNoticesDays(int year) throws IOException {
        CalendarYearFile file = read(year);

        assertThat(file.year()).isEqualTo(year);
        assertThat(file.papers()).containsExactly(PAPERS.get(year));
        assertThat(datesWhere(file, true)).isEqualTo(offDays(year, NOTICES.get(year)[0]));
        assertThat(datesWhere(file, false)).isEqualTo(makeUpDays(year, NOTICES.get(year)[1]));
        assertThat(file.days()).hasSize(datesWhere(file, true).size() + datesWhere(file, false).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void makeUpDaysFallOnWeekends(int year) throws IOException {
        assertThat(datesWhere(read(year), false))
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void everyDayIsNamedInChinese(int year) throws IOException {
        assertThat(read(year).days()).extracting(CalendarDay::name).allSatisfy(name -> assertThat(name)
                .isIn("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "国庆节、中秋节"));
    }

    private static CalendarYearFile read(int year) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../config/repo/calendars", year + ".json"))) {
            return CalendarLoader.parse(in, year, year + ".json");
        }
    }

    private static Set<LocalDate> datesWhere(CalendarYearFile file, boolean offDay) {
        return file.days().stream().filter(d -> d.offDay() == offDay).map(CalendarDay::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> offDays(int year, String spec) {
        Set<LocalDate> days = new TreeSet<>();
        for (String part : spec.split(";")) {
            String[] range = part.strip().split("\\.\\.");
            LocalDate from = LocalDate.parse(year + "-" + range[0]);
            LocalDate to = range.length == 2 ? LocalDate.parse(year + "-" + range[1]) : from;
            from.datesUntil(to.plusDays(1)).forEach(days::add);
        }
        return days;
    }

    private static Set<LocalDate> makeUpDays(int year, String spec) {
        Set<LocalDate> days = new TreeSet<>();
        for (String part : spec.split(",")) {
            days.add(LocalDate.parse(year + "-" + part.strip()));
        }
        return days;
    }
}
