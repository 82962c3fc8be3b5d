package org.gongkai.core.roster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.gongkai.core.time.Zones;

/**
 * Reads a roster upload (CSV in UTF-8, UTF-8 with BOM, GBK or GB18030, or XLSX, told apart by content) against a
 * schema, streaming: valid rows go to the sink in batches, and the report counts every problem found. A file that
 * cannot be read at all (an XLSX that inflates like a decompression bomb among them) gives a report with one
 * problem at line 0; only a file over the byte limit throws. An input stream is not closed.
 */
final class RosterParser {

    static final int BATCH_SIZE = 500;
    private static final int SNIFF_BYTES = 64 * 1024;

    private RosterParser() {
    }

    /**
     * Birth dates are judged against today in Asia/Shanghai, from the clock.
     *
     * @throws RosterTooLargeException when the upload is longer than {@code limits.maxBytes()}
     */
    public static ParseReport parse(InputStream in, String fileName, RosterSchema schema, RosterLimits limits,
            RowSink sink, Clock clock) {
        return parse(in, null, fileName, schema, limits, sink, ProblemLog.NONE, clock, BATCH_SIZE);
    }

    /**
     * The same for a file on disk, which an XLSX is read from directly (the zip needs random access), in batches of
     * {@code batchSize} rows.
     */
    static ParseReport parse(Path file, String fileName, RosterSchema schema, RosterLimits limits, RowSink sink,
            ProblemLog log, Clock clock, int batchSize) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file, fileName, schema, limits, sink, log, clock, batchSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseReport parse(InputStream in, Path file, String fileName, RosterSchema schema, RosterLimits limits,
            RowSink sink, ProblemLog log, Clock clock, int batchSize) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(sink, "sink");
        BufferedInputStream buffered = new BufferedInputStream(new LimitedInputStream(in, limits.maxBytes()),
                SNIFF_BYTES);
        byte[] head;
        try {
            buffered.mark(SNIFF_BYTES);
            head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
        } catch (IOException e) {
            return ParseReport.unreadable("上传内容读取中断");
        }
        if (head.length == 0) {
            return ParseReport.unreadable("文件为空");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        RosterIngestion ingestion = new RosterIngestion(schema, limits, sink, log, today, batchSize);
        Path spooled = null;
        try {
            if (isXlsx(head)) {
                Path xlsx = file;
                if (xlsx == null) {
                    spooled = spool(buffered);
                    xlsx = spooled;
                }
                XlsxBombCheck.check(xlsx, limits.xlsx());
                try (RowSource source = XlsxRowSource.open(xlsx)) {
                    return ingestion.run(source);
                }
            }
            try (RowSource source = openText(buffered, head, fileName)) {
                return ingestion.run(source);
            }
        } catch (UnreadableFileException e) {
            return ParseReport.unreadable(e.getMessage());
        } finally {
            deleteQuietly(spooled);
        }
    }

    private static boolean isXlsx(byte[] head) {
        return startsWith(head, 'P', 'K', 3, 4);
    }

    private static RowSource openText(InputStream in, byte[] head, String fileName) throws UnreadableFileException {
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableFileException("这是旧版Excel（.xls）或加密的Excel文件，请另存为未加密的.xlsx或CSV文件后上传");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new UnreadableFileException("文件扩展名是Excel（.xlsx），但内容不是Excel工作簿：文件可能已损坏，或是改了扩展名的其他文件");
        }
        if (EncodingDetector.bomLength(head) == 0 && containsNul(head)) {
            throw new UnreadableFileException("不是CSV或Excel（.xlsx）文件");
        }
        return CsvRowSource.open(in, head);
    }

    /** An XLSX given as a stream is copied to a temporary file first (the byte limit still counts). */
    private static Path spool(InputStream in) throws UnreadableFileException {
        try {
            Path copy = Files.createTempFile("roster-", ".xlsx");
            try {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(copy);
                throw e;
            }
            return copy;
        } catch (IOException e) {
            throw new UnreadableFileException("上传内容读取中断", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file the OS cleans up anyway
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
