package org.gongkai.core.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Inflates every entry of an XLSX once, counting, before the workbook is opened, and stops at the first limit:
 * too many entries, too many bytes in all, or an entry that expands far more than any real sheet. The sizes the
 * zip declares are not trusted; what is counted is what inflates. Reads with the same zip reader the workbook
 * reader uses, so both see the same entries.
 */
final class XlsxBombCheck {

    private static final long RATIO_CHECKED_ABOVE = 1024 * 1024;

    private XlsxBombCheck() {
    }

    static void check(Path file, RosterLimits.XlsxLimits limits) throws UnreadableFileException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            int entries = 0;
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw refused("压缩包中的文件超过" + limits.maxEntries() + "个");
                }
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (total > limits.maxInflatedBytes()) {
                            throw refused("解压后超过" + limits.maxInflatedBytes() / 1024 / 1024 + "MB");
                        }
                        if (inflated > RATIO_CHECKED_ABOVE && inflated / compressed > limits.maxRatio()) {
                            throw refused("其中“" + entry.getName() + "”的压缩比超过" + limits.maxRatio() + "倍");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("不是有效的Excel（.xlsx）文件，可能已损坏或上传不完整", e);
        }
    }

    private static UnreadableFileException refused(String why) {
        return new UnreadableFileException("这个Excel文件解压后异常庞大（" + why + "），疑似“压缩炸弹”，已拒绝读取；"
                + "请用Excel打开后另存为新文件，或改用CSV上传");
    }
}
