package org.gongkai.core.calendar;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.UrlResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one holiday file a year ({@code location + year + ".json"}) from a {@code file:}, {@code classpath:} or
 * config-server {@code http:} location (with the config server's account when one is given), and refuses any file
 * that does not hold together.
 */
final class CalendarLoader {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    // Upstream holiday-cn files carry "$schema" and "$id": accept them verbatim.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CalendarLoader() {
    }

    /** HTTP Basic credentials for an {@code http:} location; blank means none. */
    public record Credentials(String username, String password) {

        public static final Credentials NONE = new Credentials("", "");

        boolean given() {
            return username != null && !username.isBlank();
        }

        String header() {
            String pair = username + ":" + (password == null ? "" : password);
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=******]";
        }
    }

    public static WorkingDayCalendar load(ResourceLoader loader, String location, List<Integer> years) {
        return load(loader, location, years, Credentials.NONE);
    }

    public static WorkingDayCalendar load(ResourceLoader loader, String location, List<Integer> years,
            Credentials credentials) {
        if (years == null || years.isEmpty()) {
            throw new InvalidCalendarException("未配置任何年度的节假日日历");
        }
        List<CalendarYearFile> files = new ArrayList<>();
        for (Integer year : years) {
            String name = year + ".json";
            CalendarYearFile file = read(resolve(loader, location + name, credentials), name);
            validate(file, year, name);
            files.add(file);
        }
        return new WorkingDayCalendar(files);
    }

    /** Parses and checks one file's content; {@code name} only labels the error messages. */
    public static CalendarYearFile parse(InputStream json, int expectedYear, String name) {
        CalendarYearFile file = readJson(json, name);
        validate(file, expectedYear, name);
        return file;
    }

    private static Resource resolve(ResourceLoader loader, String location, Credentials credentials) {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            try {
                return new TimedUrlResource(location, credentials);
            } catch (MalformedURLException e) {
                throw new InvalidCalendarException("日历地址无效：" + location, e);
            }
        }
        return loader.getResource(location);
    }

    private static CalendarYearFile read(Resource resource, String name) {
        try (InputStream in = resource.getInputStream()) {
            return readJson(in, name);
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new InvalidCalendarException("找不到日历文件 " + name + "（" + resource.getDescription() + "）", e);
        } catch (IOException e) {
            throw new InvalidCalendarException(
                    "无法读取日历文件 " + name + "（" + resource.getDescription() + "）：" + e.getMessage(), e);
        }
    }

    private static CalendarYearFile readJson(InputStream in, String name) {
        try {
            CalendarYearFile file = MAPPER.readValue(in, CalendarYearFile.class);
            if (file == null) {
                throw new InvalidCalendarException("日历文件 " + name + " 为空");
            }
            return file;
        } catch (JacksonException e) {
            throw new InvalidCalendarException("日历文件 " + name + " 格式错误：" + e.getOriginalMessage(), e);
        }
    }

    static void validate(CalendarYearFile file, int expectedYear, String name) {
        if (file.year() != expectedYear) {
            throw new InvalidCalendarException("日历文件 " + name + " 的 year 字段为 " + file.year()
                    + "，与文件名所示的 " + expectedYear + " 年不一致，拒绝加载");
        }
        if (file.papers().isEmpty()) {
            throw new InvalidCalendarException("日历文件 " + name + " 未注明所依据的国务院办公厅通知（papers）");
        }
        if (file.days().isEmpty()) {
            throw new InvalidCalendarException("日历文件 " + name + " 未列出任何节假日或调休上班日（days）");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay day : file.days()) {
            validateDay(day, expectedYear, name, seen);
        }
    }

    private static void validateDay(CalendarDay day, int year, String name, Set<LocalDate> seen) {
        if (day == null || day.date() == null) {
            throw new InvalidCalendarException("日历文件 " + name + " 中有一项缺少日期（date）");
        }
        LocalDate date = day.date();
        if (day.name() == null || day.name().isBlank()) {
            throw new InvalidCalendarException("日历文件 " + name + " 中 " + date + " 缺少节日名称（name）");
        }
        boolean ownYear = date.getYear() == year;
        boolean previousDecember = date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER;
        if (!ownYear && !previousDecember) {
            throw new InvalidCalendarException("日历文件 " + name + " 中的日期 " + date + " 不属于" + year + "年的安排");
        }
        if (!seen.add(date)) {
            throw new InvalidCalendarException("日历文件 " + name + " 中日期 " + date + " 重复出现");
        }
        if (!day.offDay() && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new InvalidCalendarException("日历文件 " + name + " 中 " + date + " 是工作日，不能再列为调休上班日");
        }
    }

    /** Config-server reads get explicit timeouts (a hung server must not hang start-up) and the account. */
    private static final class TimedUrlResource extends UrlResource {

        private final Credentials credentials;

        TimedUrlResource(String location, Credentials credentials) throws MalformedURLException {
            super(location);
            this.credentials = credentials;
        }

        @Override
        protected void customizeConnection(URLConnection con) throws IOException {
            super.customizeConnection(con);
            con.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            con.setReadTimeout((int) READ_TIMEOUT.toMillis());
            if (credentials != null && credentials.given()) {
                con.setRequestProperty("Authorization", credentials.header());
            }
        }
    }
}
