package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A file named .xlsx that inflates to far more than it weighs is refused before the workbook is opened, whatever
 * sizes it declares, with a problem the uploader understands; a real workbook passes.
 */
class XlsxBombTest {

    @Test
    void anEntryThatInflatesAThousandfoldIsRefused() throws IOException {
        byte[] bomb = zip(1, 200L * 1024 * 1024);   // ~200 KB that inflate to 200 MB

        Rosters.Result result = Rosters.parse(bomb, "名单.xlsx");

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(result.report().accepted()).isFalse();
        assertThat(result.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("压缩炸弹").contains("压缩比超过100倍"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void moreInflatedBytesThanTheLimitAreRefusedEvenAtAnOrdinaryRatio() throws IOException {
        RosterLimits limits = new RosterLimits(64L * 1024 * 1024, 1000, 100,
                new RosterLimits.XlsxLimits(4L * 1024 * 1024, 1000, 100_000));

        Rosters.Result result = Rosters.parse(zip(1, 8L * 1024 * 1024), "名单.xlsx", limits);

        assertThat(result.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("解压后超过4MB"));
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Rosters.Result result = Rosters.parse(zip(1500, 10), "名单.xlsx");

        assertThat(result.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("文件超过1000个"));
    }

    @Test
    void anOrdinaryWorkbookPasses() throws IOException {
        byte[] xlsx = RosterTemplates.xlsx(Rosters.COMPENSATION);

        assertThat(Rosters.parse(xlsx, "模板.xlsx").report().problems()).isEmpty();
    }

    /** A zip of {@code entries} entries of {@code size} zero bytes each, the first one named like a sheet. */
    private static byte[] zip(int entries, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            byte[] zeros = new byte[64 * 1024];
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry(e == 0 ? "xl/worksheets/sheet1.xml" : "xl/media/x" + e + ".bin"));
                for (long left = size; left > 0; left -= zeros.length) {
                    zip.write(zeros, 0, (int) Math.min(zeros.length, left));
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
