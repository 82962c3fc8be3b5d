package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class CalendarLoaderTest {

    private static final String PAPER = "\"papers\": [\"https://www.gov.cn/example\"]";

    @TempDir
    Path dir;

    private final DefaultResourceLoader loader = new DefaultResourceLoader();

    @Test
    void loadsTheShippedFilesFromTheConfigRepository() {
        WorkingDayCalendar calendar = CalendarLoader.load(loader, "file:../config/repo/calendars/",
                List.of(2024, 2025, 2026));

        assertThat(calendar.years()).containsExactly(2024, 2025, 2026);
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue(); // make-up Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 2))).isFalse(); // Dragon Boat Monday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse(); // National Day Wednesday
        assertThat(calendar.covers(2027)).isFalse();
    }

    @Test
    void loadsFromTheClasspath() throws IOException {
        write("calendars/2026.json", Files.readString(Path.of("../config/repo/calendars/2026.json")));
        ClassLoader classLoader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);

        WorkingDayCalendar calendar = CalendarLoader.load(new DefaultResourceLoader(classLoader),
                "classpath:calendars/", List.of(2026));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    void loadsFromTheConfigServerOverHttpAndReportsAMissingYear() throws IOException {
        byte[] body = Files.readAllBytes(Path.of("../config/repo/calendars/2025.json"));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/application/default/main/calendars/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().endsWith("/2025.json");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (known) {
                    out.write(body);
                }
            }
        });
        server.start();
        try {
            String location = "http://localhost:" + server.getAddress().getPort()
                    + "/application/default/main/calendars/";

            WorkingDayCalendar calendar = CalendarLoader.load(loader, location, List.of(2025));
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();

            assertThatThrownBy(() -> CalendarLoader.load(loader, location, List.of(2025, 2027)))
                    .isInstanceOf(InvalidCalendarException.class)
                    .hasMessageContaining("找不到日历文件 2027.json");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aConfigServerThatAsksForItsAccountIsReadWithItAndRefusesAnyoneWithout() throws IOException {
        byte[] body = Files.readAllBytes(Path.of("../config/repo/calendars/2025.json"));
        String account = "Basic " + Base64.getEncoder()
                .encodeToString("gongkai:config-password".getBytes(StandardCharsets.UTF_8));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/application/default/main/calendars/", exchange -> {
            boolean signedIn = account.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(signedIn ? 200 : 401, signedIn ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (signedIn) {
                    out.write(body);
                }
            }
        });
        server.start();
        try {
            String location = "http://localhost:" + server.getAddress().getPort()
                    + "/application/default/main/calendars/";

            WorkingDayCalendar calendar = CalendarLoader.load(loader, location, List.of(2025),
                    new CalendarLoader.Credentials("gongkai", "config-password"));
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();

            assertThatThrownBy(() -> CalendarLoader.load(loader, location, List.of(2025)))
                    .isInstanceOf(InvalidCalendarException.class)
                    .hasMessageContaining("无法读取日历文件 2025.json").hasMessageContaining("401");
            assertThatThrownBy(() -> CalendarLoader.load(loader, location, List.of(2025),
                    new CalendarLoader.Credentials("gongkai", "wrong")))
                    .isInstanceOf(InvalidCalendarException.class).hasMessageContaining("401");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theAccountNeverShowsItsPassword() {
        assertThat(new CalendarLoader.Credentials("gongkai", "config-password").toString())
                .contains("gongkai").doesNotContain("config-password");
    }

    @Test
    void fileWhoseYearDiffersFromItsNameIsRefused() throws IOException {
        write("2026.json", "{\"year\": 2025, " + PAPER + ", \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2025-01-01\", \"isOffDay\": true}]}");

        assertThatThrownBy(() -> load(2026))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("日历文件 2026.json 的 year 字段为 2025，与文件名所示的 2026 年不一致，拒绝加载");
    }

    @Test
    void missingFileIsRefusedNamingIt() {
        assertThatThrownBy(() -> load(2027))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("找不到日历文件 2027.json");
    }

    @Test
    void upstreamHolidayCnFileWithSchemaFieldsIsAccepted() throws IOException {
        write("2030.json", "{\"$schema\": \"https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json\","
                + " \"$id\": \"https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2030.json\","
                + " \"year\": 2030, " + PAPER + ", \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2029-12-31\", \"isOffDay\": true},"
                + "{\"name\": \"元旦\", \"date\": \"2030-01-01\", \"isOffDay\": true},"
                + "{\"name\": \"元旦\", \"date\": \"2030-01-05\", \"isOffDay\": false}]}");

        WorkingDayCalendar calendar = load(2030);

        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).isTrue(); // make-up Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2029, 12, 31)))
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void makeUpDayOnAWeekdayIsRefused() throws IOException {
        write("2030.json", "{\"year\": 2030, " + PAPER + ", \"days\": ["
                + "{\"name\": \"春节\", \"date\": \"2030-02-06\", \"isOffDay\": false}]}");

        assertThatThrownBy(() -> load(2030))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("2030-02-06 是工作日");
    }

    @Test
    void duplicateDateIsRefused() throws IOException {
        write("2030.json", "{\"year\": 2030, " + PAPER + ", \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2030-01-01\", \"isOffDay\": true},"
                + "{\"name\": \"元旦\", \"date\": \"2030-01-01\", \"isOffDay\": true}]}");

        assertThatThrownBy(() -> load(2030)).hasMessageContaining("重复");
    }

    @Test
    void dateOutsideTheFilesYearIsRefused() throws IOException {
        write("2030.json", "{\"year\": 2030, " + PAPER + ", \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2031-01-01\", \"isOffDay\": true}]}");

        assertThatThrownBy(() -> load(2030)).hasMessageContaining("2031-01-01 不属于2030年");
    }

    @Test
    void dayWithoutIsOffDayIsRefusedRatherThanTakenAsWorking() throws IOException {
        write("2030.json", "{\"year\": 2030, " + PAPER + ", \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2030-01-01\"}]}");

        assertThatThrownBy(() -> load(2030))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("格式错误");
    }

    @Test
    void fileWithoutPapersOrDaysIsRefused() throws IOException {
        write("2030.json", "{\"year\": 2030, \"days\": [{\"name\": \"元旦\", \"date\": \"2030-01-01\", \"isOffDay\": true}]}");
        assertThatThrownBy(() -> load(2030)).hasMessageContaining("papers");

        write("2031.json", "{\"year\": 2031, " + PAPER + ", \"days\": []}");
        assertThatThrownBy(() -> load(2031)).hasMessageContaining("days");
    }

    @Test
    void malformedJsonIsRefusedNamingTheFile() throws IOException {
        write("2030.json", "{\"year\": 2030, \"days\": [");

        assertThatThrownBy(() -> load(2030))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageStartingWith("日历文件 2030.json 格式错误");
    }

    @Test
    void noYearsConfiguredIsRefused() {
        assertThatThrownBy(() -> CalendarLoader.load(loader, dir.toUri().toString(), List.of()))
                .isInstanceOf(InvalidCalendarException.class);
    }

    private WorkingDayCalendar load(int year) {
        return CalendarLoader.load(loader, dir.toUri().toString(), List.of(year));
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
