package org.gongkai.core.roster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.api.privacy.PublicResponseGuard;
import org.gongkai.core.catalog.internal.CatalogProperties;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.internal.PublicLeaks;
import org.gongkai.api.problem.ProblemException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The public roster as a CSV or XLSX download: the masked rows the JSON route pages through, with 行号 (the line an
 * objection names) and then the schema's columns under its Chinese headers, streamed from the store in batches.
 * Every cell passes {@link PublicResponseGuard} here, because the response filter cannot read inside an XLSX (a
 * zip), and {@link FormulaCells}, so that no spreadsheet runs it.
 */
@Component
class PublicRosterExport {

    static final String LINE_HEADER = "行号";
    static final int BATCH = 500;

    /** The download formats, by file extension. */
    enum Format {
        CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), schema -> new CsvRosterSheet()),
        XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                XlsxRosterSheet::new);

        private final MediaType media;
        private final Function<RosterSchema, RosterSheet> open;

        Format(MediaType media, Function<RosterSchema, RosterSheet> open) {
            this.media = media;
            this.open = open;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Format of(String extension) {
            for (Format f : values()) {
                if (f.extension().equals(extension)) {
                    return f;
                }
            }
            throw ProblemException.notFound("名单下载格式只有 csv 和 xlsx");
        }
    }

    private final RosterReader reader;
    private final CatalogProperties catalog;
    private final PublicLeaks leaks;
    private final DataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

    public PublicRosterExport(RosterReader reader, CatalogProperties catalog, PublicLeaks leaks) {
        this.reader = reader;
        this.catalog = catalog;
        this.leaks = leaks;
    }

    /** 404 for an unknown format or a notice without a roster, 410 once the roster left public view. */
    public Mono<ResponseEntity<Flux<DataBuffer>>> download(Notice notice, String extension, String path) {
        return Mono.fromCallable(() -> Format.of(extension))
                .flatMap(format -> reader.allPublicRows(notice).map(rows -> response(notice, format, rows, path)));
    }

    private ResponseEntity<Flux<DataBuffer>> response(Notice notice, Format format, Flux<RosterRow> rows,
            String path) {
        RosterSchema schema = catalog.rosters().get(notice.roster().type());
        if (schema == null) {
            throw ProblemException.notFound("没有名单格式：" + notice.roster().type());
        }
        PublicResponseGuard.GuardedText title = PublicResponseGuard.guardText(notice.title());
        leaks.masked(title.masked(), path);
        Flux<DataBuffer> body = Flux.defer(() -> new Download(schema, format.open.apply(schema), path).bytes(rows))
                .map(buffers::wrap);
        return ResponseEntity.ok().contentType(format.media)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        DownloadName.disposition(title.text(), notice.id(), format.extension()))
                .body(body);
    }

    /** One download: its sheet, and how many numbers its cells needed masked (reported once, at the end). */
    private final class Download {

        private final RosterSchema schema;
        private final RosterSheet sheet;
        private final String path;
        private int masked;

        Download(RosterSchema schema, RosterSheet sheet, String path) {
            this.schema = schema;
            this.sheet = sheet;
            this.path = path;
        }

        Flux<byte[]> bytes(Flux<RosterRow> rows) {
            return Flux.concat(Mono.fromCallable(this::header), rows.buffer(BATCH).map(this::batch),
                            Mono.fromCallable(this::end))
                    .filter(bytes -> bytes.length > 0)
                    .doFinally(signal -> report()); // a download cut short: what it masked so far
        }

        /** Reports what was masked, once: before the last bytes go out, so the count is in before the reader has it. */
        private void report() {
            int count = masked;
            masked = 0;
            leaks.masked(count, path);
        }

        private byte[] header() {
            List<String> cells = new ArrayList<>();
            cells.add(LINE_HEADER);
            schema.columns().forEach(column -> cells.add(cell(ColumnKind.TEXT, column.header())));
            sheet.header(cells);
            return sheet.take();
        }

        private byte[] batch(List<RosterRow> rows) {
            for (RosterRow row : rows) {
                Map<String, String> values = row.values() == null ? Map.of() : row.values();
                List<String> cells = new ArrayList<>(schema.columns().size() + 1);
                cells.add(Integer.toString(row.line()));
                for (RosterColumn column : schema.columns()) {
                    cells.add(cell(column.kind(), values.get(column.key())));
                }
                sheet.row(cells);
            }
            return sheet.take();
        }

        private byte[] end() {
            sheet.finish();
            report();
            return sheet.take();
        }

        private String cell(ColumnKind kind, String value) {
            PublicResponseGuard.GuardedText guarded = PublicResponseGuard.guardText(value == null ? "" : value);
            masked += guarded.masked();
            return FormulaCells.neutral(kind, guarded.text());
        }
    }
}
