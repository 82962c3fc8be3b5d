package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.api.Sectors;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.core.sector.SectorProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public period calculator: "published on this day, when does a 7-working-day publicity end, and which days were
 * skipped?" for any start date, by length and unit or by a notice type's catalogue row. It asks the same
 * {@link PeriodCalculator#explain} that publishing uses.
 */
@RestController
@RequestMapping("/api/${gongkai.sector.name}")
class PeriodController {

    static final int MAX_LENGTH = 366;

    private final PeriodCalculator calculator;
    private final Catalog catalog;
    private final SectorProperties sector;

    public PeriodController(PeriodCalculator calculator, Catalog catalog, SectorProperties sector) {
        this.calculator = calculator;
        this.catalog = catalog;
        this.sector = sector;
    }

    @GetMapping(Sectors.PERIOD_PATH)
    PeriodAnswer period(@RequestParam(required = false) String start, @RequestParam(required = false) String length,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String type) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = date(start, problems);
        Optional<CatalogRow> row = type == null || type.isBlank() ? Optional.empty() : row(type.trim(), problems);
        Integer days = length(length, problems);
        DayUnit dayUnit = unit(unit, problems);
        if (type == null || type.isBlank()) {
            if (length == null || length.isBlank()) {
                problems.add(FieldProblem.of("length", "请给出公示期天数 length，或给出公告类型 type 以按目录计算"));
            }
            if (unit == null || unit.isBlank()) {
                problems.add(FieldProblem.of("unit", "请给出计算单位 unit：WORKING_DAYS（工作日）或 CALENDAR_DAYS（自然日）"));
            }
        }
        PublicityRule rule = row.map(r -> rowRule(r, days, dayUnit, problems)).orElse(null);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (rule == null) {
            rule = new PublicityRule(days, dayUnit);
        }
        PeriodExplanation explanation = calculator.explain(from, rule);
        return row.map(r -> PeriodAnswer.of(from, explanation, sector.name(), r.noticeType(), r.code(), r.basis()))
                .orElseGet(() -> PeriodAnswer.of(from, explanation, null, null, null, null));
    }

    private Optional<CatalogRow> row(String type, List<FieldProblem> problems) {
        Optional<CatalogRow> row = catalog.rows().stream().filter(r -> r.noticeType().equals(type)).findFirst();
        if (row.isEmpty()) {
            problems.add(FieldProblem.of("type", "「" + sector.displayName() + "」的目录中没有公告类型「" + type + "」"));
        } else if (!row.get().hasPublicity()) {
            problems.add(FieldProblem.of("type", "公告类型「" + type + "」（" + row.get().subItem() + "）不设公示期"));
            return Optional.empty();
        }
        return row;
    }

    /** The row's statutory minimum, or a longer period asked for; never a shorter one or another unit. */
    private static PublicityRule rowRule(CatalogRow row, Integer asked, DayUnit unit, List<FieldProblem> problems) {
        PublicityRule minimum = row.publicity().rule();
        if (unit != null && unit != minimum.unit()) {
            problems.add(FieldProblem.of("unit", "该类型的公示期按" + minimum.describe() + "计算，不能改用"
                    + (unit == DayUnit.WORKING ? "工作日" : "自然日")));
        }
        if (asked != null && asked < minimum.length()) {
            problems.add(FieldProblem.of("length", "公示期不得少于法定的" + minimum.describe()));
        }
        return asked == null || asked <= minimum.length() ? minimum : new PublicityRule(asked, minimum.unit());
    }

    private static LocalDate date(String start, List<FieldProblem> problems) {
        if (start == null || start.isBlank()) {
            problems.add(FieldProblem.of("start", "请给出公示开始日期 start，格式如 2026-01-30"));
            return null;
        }
        try {
            return LocalDate.parse(start.trim());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("start", "开始日期「" + start + "」不是有效日期，格式如 2026-01-30"));
            return null;
        }
    }

    private static Integer length(String length, List<FieldProblem> problems) {
        if (length == null || length.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(length.trim());
            if (value >= 1 && value <= MAX_LENGTH) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(FieldProblem.of("length", "公示期天数应为1至" + MAX_LENGTH + "之间的整数"));
        return null;
    }

    private static DayUnit unit(String unit, List<FieldProblem> problems) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return switch (unit.trim()) {
            case PeriodAnswer.WORKING_DAYS -> DayUnit.WORKING;
            case PeriodAnswer.CALENDAR_DAYS -> DayUnit.CALENDAR;
            default -> {
                problems.add(FieldProblem.of("unit", "计算单位应为 WORKING_DAYS（工作日）或 CALENDAR_DAYS（自然日）"));
                yield null;
            }
        };
    }
}
