package org.gongkai.core.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV in the charset its first bytes show; comma-separated, or tab-separated as Excel's "Unicode text". */
final class CsvRowSource implements RowSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Charset charset;
    private long lastLine;

    private CsvRowSource(CSVParser parser, Charset charset) {
        this.parser = parser;
        this.records = parser.iterator();
        this.charset = charset;
    }

    static CsvRowSource open(InputStream in, byte[] head) throws UnreadableFileException {
        Charset charset = EncodingDetector.detect(head);
        int bom = EncodingDetector.bomLength(head);
        try {
            in.skipNBytes(bom);
            InputStreamReader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter(head, bom, charset))
                    .setIgnoreEmptyLines(false)
                    .get();
            return new CsvRowSource(CSVParser.parse(reader, format), charset);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException("无法读取CSV内容", e);
        }
    }

    @Override
    public SourceRow next() throws UnreadableFileException {
        long start = lastLine + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lastLine = parser.getCurrentLineNumber();
            return new SourceRow((int) start, record.toList());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(start, e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing was written; the source stream belongs to the caller
        }
    }

    private UnreadableFileException unreadable(long line, RuntimeException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof CharacterCodingException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return new UnreadableFileException("第" + line + "行起编码不一致（文件开头按" + charset.name()
                    + "读取）：请把整个文件另存为UTF-8或GBK编码的CSV", e);
        }
        return new UnreadableFileException("CSV格式错误（约第" + line + "行），可能有未闭合的引号", e);
    }

    private static char delimiter(byte[] head, int bom, Charset charset) {
        String text = new String(head, bom, head.length - bom, charset);
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }
}
