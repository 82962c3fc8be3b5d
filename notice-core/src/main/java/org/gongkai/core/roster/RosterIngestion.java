package org.gongkai.core.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.core.privacy.ColumnKind;

/** One pass over one upload: maps the header, checks every row, feeds valid rows to the sink in batches. */
final class RosterIngestion {

    private final RosterSchema schema;
    private final RosterLimits limits;
    private final RowSink sink;
    private final LocalDate today;
    private final int batchSize;

    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, FirstSeen> firstSeenIds = new HashMap<>();
    private final Set<Integer> invalidatedLater = new HashSet<>();
    private List<ParsedRow> batch = new ArrayList<>();
    private RosterColumn[] columnAt = new RosterColumn[0];
    private boolean truncated;
    private int rowsRead;
    private int rowsValid;

    RosterIngestion(RosterSchema schema, RosterLimits limits, RowSink sink, LocalDate today, int batchSize) {
        this.schema = schema;
        this.limits = limits;
        this.sink = sink;
        this.today = today;
        this.batchSize = batchSize;
    }

    ParseReport run(RowSource source) {
        try {
            SourceRow header = nextNonBlank(source);
            if (header == null) {
                return ParseReport.unreadable("文件中没有内容");
            }
            if (mapHeader(header)) {
                readRows(source);
            }
        } catch (UnreadableFileException e) {
            problems.add(RowProblem.ofFile("文件无法读取：" + e.getMessage()));
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new ParseReport(rowsRead, rowsValid, problems, truncated);
    }

    private void readRows(RowSource source) throws UnreadableFileException {
        SourceRow row;
        while ((row = nextNonBlank(source)) != null) {
            if (rowsRead == limits.maxRows()) {
                problems.add(new RowProblem(row.line(), null,
                        "数据行超过上限" + limits.maxRows() + "行：从这一行起未读取，请分成多个文件上传"));
                break;
            }
            rowsRead++;
            readRow(row);
        }
        flush();
        if (rowsRead == 0) {
            problems.add(RowProblem.ofFile("文件中只有表头，没有数据行"));
        }
    }

    /** Reports unknown, repeated and missing columns; false when no column is recognised at all. */
    private boolean mapHeader(SourceRow header) {
        Map<String, RosterColumn> byHeader = new HashMap<>();
        schema.columns().forEach(c -> byHeader.put(Headers.normalise(c.header()), c));
        List<String> cells = header.cells();
        columnAt = new RosterColumn[cells.size()];
        Set<String> found = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = CellRules.clean(cells.get(i));
            if (text.isEmpty()) {
                continue;
            }
            RosterColumn column = byHeader.get(Headers.normalise(text));
            if (column == null) {
                problem(header.line(), text, "未知列：模板“" + schema.title() + "”中没有这一列");
            } else if (!found.add(column.key())) {
                problem(header.line(), text, "表头重复");
            } else {
                columnAt[i] = column;
            }
        }
        for (RosterColumn column : schema.columns()) {
            if (column.required() && !found.contains(column.key())) {
                problem(header.line(), column.header(), "缺少必填列");
            }
        }
        return !found.isEmpty();
    }

    private void readRow(SourceRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        schema.columns().forEach(c -> values.put(c.key(), ""));
        List<FirstSeen> seenHere = new ArrayList<>(1);
        boolean valid = true;
        for (int i = 0; i < columnAt.length; i++) {
            RosterColumn column = columnAt[i];
            if (column == null) {
                continue;
            }
            String raw = i < row.cells().size() ? row.cells().get(i) : "";
            CellRules.Checked checked = CellRules.check(column, raw, today);
            if (!checked.isOk()) {
                problem(row.line(), column.header(), checked.problem());
                valid = false;
                continue;
            }
            values.put(column.key(), checked.value());
            if (column.kind() == ColumnKind.ID_NUMBER && !checked.value().isEmpty()) {
                valid &= firstOccurrence(row.line(), column, checked.value(), seenHere);
            }
        }
        for (int i = columnAt.length; i < row.cells().size(); i++) {
            if (!CellRules.clean(row.cells().get(i)).isEmpty()) {
                problem(row.line(), null, "第" + (i + 1) + "列没有表头：这一行的列数多于表头，内容中可能有未加引号的逗号");
                valid = false;
                break;
            }
        }
        if (valid) {
            rowsValid++;
            seenHere.forEach(seen -> seen.rowCounted = true);
            batch.add(new ParsedRow(row.line(), Collections.unmodifiableMap(values)));
            if (batch.size() >= batchSize) {
                flush();
            }
        }
    }

    /** Records the ID; a repeat is reported on both lines, and the first row stops counting as valid. */
    private boolean firstOccurrence(int line, RosterColumn column, String id, List<FirstSeen> seenHere) {
        FirstSeen first = firstSeenIds.get(column.key() + '\u0000' + id);
        if (first == null) {
            FirstSeen seen = new FirstSeen(line);
            firstSeenIds.put(column.key() + '\u0000' + id, seen);
            seenHere.add(seen);
            return true;
        }
        problem(line, column.header(), column.header() + "与第" + first.line + "行重复");
        if (!first.reported) {
            first.reported = true;
            problem(first.line, column.header(), column.header() + "与第" + line + "行重复");
            if (first.rowCounted && invalidatedLater.add(first.line)) {
                rowsValid--;
            }
        }
        return false;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<ParsedRow> full = List.copyOf(batch);
        batch = new ArrayList<>();
        sink.accept(full);
    }

    private void problem(int line, String column, String reason) {
        if (problems.size() >= limits.maxProblems()) {
            truncated = true;
            return;
        }
        problems.add(new RowProblem(line, column, reason));
    }

    private static SourceRow nextNonBlank(RowSource source) throws UnreadableFileException {
        SourceRow row;
        do {
            row = source.next();
        } while (row != null && row.isBlank());
        return row;
    }

    private static final class FirstSeen {
        private final int line;
        private boolean reported;
        private boolean rowCounted;

        private FirstSeen(int line) {
            this.line = line;
        }
    }
}
