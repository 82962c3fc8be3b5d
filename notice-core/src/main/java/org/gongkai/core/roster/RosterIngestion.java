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
import java.util.PriorityQueue;
import java.util.Set;

import org.gongkai.core.privacy.ColumnKind;

/**
 * One pass over one upload: maps the header, checks every row, feeds valid rows to the sink in batches until the
 * first problem (after that the upload is refused anyway, so nothing more is staged), counts every problem, lists
 * the first ones by line and hands each bad row to the problem log.
 */
final class RosterIngestion {

    /** By line, and in the order found within a line. */
    private static final Comparator<Found> IN_ORDER = Comparator.comparingInt((Found f) -> f.problem().line())
            .thenComparingLong(Found::seq);

    private final RosterSchema schema;
    private final RosterLimits limits;
    private final RowSink sink;
    private final ProblemLog log;
    private final LocalDate today;
    private final int batchSize;

    /** The listed problems, the one with the highest line on top, so a lower one can take its place. */
    private final PriorityQueue<Found> listed = new PriorityQueue<>(IN_ORDER.reversed());
    private final Map<String, FirstSeen> firstSeenIds = new HashMap<>();
    private final Set<Integer> invalidatedLater = new HashSet<>();
    private final List<RowProblem> rowProblems = new ArrayList<>();
    private final Set<Integer> badCells = new HashSet<>();
    private List<ParsedRow> batch = new ArrayList<>();
    private RosterColumn[] columnAt = new RosterColumn[0];
    private int problemCount;
    private int rowsRead;
    private int rowsValid;

    RosterIngestion(RosterSchema schema, RosterLimits limits, RowSink sink, ProblemLog log, LocalDate today,
            int batchSize) {
        this.schema = schema;
        this.limits = limits;
        this.sink = sink;
        this.log = log;
        this.today = today;
        this.batchSize = batchSize;
    }

    ParseReport run(RowSource source) {
        try {
            SourceRow header = nextNonBlank(source);
            if (header == null) {
                return ParseReport.unreadable("文件中没有内容");
            }
            log.header(header.cells());
            boolean mapped = mapHeader(header);
            endRow(header);
            if (mapped) {
                readRows(source);
            }
        } catch (UnreadableFileException e) {
            fileProblem("文件无法读取：" + e.getMessage());
        }
        List<Found> found = new ArrayList<>(listed);
        found.sort(IN_ORDER);
        List<RowProblem> problems = found.stream().map(Found::problem).toList();
        return new ParseReport(rowsRead, rowsValid, problems, problemCount);
    }

    private void readRows(RowSource source) throws UnreadableFileException {
        SourceRow row;
        while ((row = nextNonBlank(source)) != null) {
            if (rowsRead == limits.maxRows()) {
                problem(-1, new RowProblem(row.line(), null,
                        "数据行超过上限" + limits.maxRows() + "行：从这一行起未读取，请分成多个文件上传"));
                endRow(row);
                break;
            }
            rowsRead++;
            readRow(row);
            endRow(row);
            if (rowsRead % batchSize == 0) {
                sink.progress(rowsRead);
            }
        }
        flush();
        if (rowsRead == 0) {
            fileProblem("文件中只有表头，没有数据行");
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
                problem(i, new RowProblem(header.line(), text, "未知列：模板“" + schema.title() + "”中没有这一列"));
            } else if (!found.add(column.key())) {
                problem(i, new RowProblem(header.line(), text, "表头重复"));
            } else {
                columnAt[i] = column;
            }
        }
        for (RosterColumn column : schema.columns()) {
            if (column.required() && !found.contains(column.key())) {
                problem(-1, new RowProblem(header.line(), column.header(), "缺少必填列"));
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
                problem(i, new RowProblem(row.line(), column.header(), checked.problem()));
                valid = false;
                continue;
            }
            values.put(column.key(), checked.value());
            if (column.kind() == ColumnKind.ID_NUMBER && !checked.value().isEmpty()) {
                valid &= firstOccurrence(row.line(), i, column, checked.value(), seenHere);
            }
        }
        for (int i = columnAt.length; i < row.cells().size(); i++) {
            if (!CellRules.clean(row.cells().get(i)).isEmpty()) {
                problem(i, new RowProblem(row.line(), null,
                        "第" + (i + 1) + "列没有表头：这一行的列数多于表头，内容中可能有未加引号的逗号"));
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
    private boolean firstOccurrence(int line, int cell, RosterColumn column, String id, List<FirstSeen> seenHere) {
        String key = column.key() + '\u0000' + id;
        FirstSeen first = firstSeenIds.get(key);
        if (first == null) {
            FirstSeen seen = new FirstSeen(line);
            firstSeenIds.put(key, seen);
            seenHere.add(seen);
            return true;
        }
        problem(cell, new RowProblem(line, column.header(), column.header() + "与第" + first.line + "行重复"));
        if (!first.reported) {
            first.reported = true;
            RowProblem earlier = new RowProblem(first.line, column.header(), column.header() + "与第" + line + "行重复");
            count(earlier);
            List<String> cells = new ArrayList<>(Collections.nCopies(cell + 1, ""));
            cells.set(cell, id);
            log.row(first.line, cells, List.of(earlier), Set.of(cell));
            if (first.rowCounted && invalidatedLater.add(first.line)) {
                rowsValid--;
            }
        }
        return false;
    }

    /** Staging stops at the first problem: a refused upload keeps nothing. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<ParsedRow> full = List.copyOf(batch);
        batch = new ArrayList<>();
        if (problemCount == 0) {
            sink.accept(full);
        }
    }

    /** A problem of the current row; {@code cell} is the position of the cell at fault, or -1. */
    private void problem(int cell, RowProblem problem) {
        count(problem);
        rowProblems.add(problem);
        if (cell >= 0) {
            badCells.add(cell);
        }
    }

    private void endRow(SourceRow row) {
        if (!rowProblems.isEmpty()) {
            log.row(row.line(), row.cells(), List.copyOf(rowProblems), Set.copyOf(badCells));
            rowProblems.clear();
            badCells.clear();
        }
    }

    private void fileProblem(String reason) {
        RowProblem problem = RowProblem.ofFile(reason);
        count(problem);
        log.row(0, List.of(), List.of(problem), Set.of());
    }

    private void count(RowProblem problem) {
        listed.add(new Found(problemCount++, problem));
        if (listed.size() > limits.maxProblems()) {
            listed.poll();
        }
    }

    private static SourceRow nextNonBlank(RowSource source) throws UnreadableFileException {
        SourceRow row;
        do {
            row = source.next();
        } while (row != null && row.isBlank());
        return row;
    }

    private record Found(long seq, RowProblem problem) {
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
