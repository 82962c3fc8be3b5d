package org.gongkai.core.attachment;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;

/**
 * Copies a PNG keeping only the chunks that draw it (header, palette, image data, transparency, colour space,
 * pixel size, background, animation frames). Text chunks ({@code tEXt}, {@code zTXt}, {@code iTXt}: author, software,
 * comments), {@code eXIf} (camera, GPS), {@code tIME} and every private or unknown ancillary chunk are dropped, and so
 * is anything after {@code IEND}. Each chunk's CRC is checked, so a damaged file is refused rather than stored.
 */
final class PngMetadata {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP",
            "sBIT", "sRGB", "cICP", "mDCv", "cLLI", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");

    private PngMetadata() {
    }

    static void strip(InputStream source, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 64 * 1024));
        try {
            copy(in, out);
        } catch (EOFException e) {
            throw damaged("文件在结束数据块之前就结束了");
        }
    }

    private static void copy(DataInputStream in, OutputStream out) throws IOException {
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!java.util.Arrays.equals(signature, SIGNATURE)) {
            throw damaged("文件头不是PNG签名");
        }
        out.write(SIGNATURE);
        boolean first = true;
        while (true) {
            long length = in.readInt() & 0xFFFFFFFFL;
            byte[] type = new byte[4];
            in.readFully(type);
            String name = new String(type, StandardCharsets.US_ASCII);
            if (length > Integer.MAX_VALUE || !name.matches("[A-Za-z]{4}")) {
                throw damaged("数据块头无效");
            }
            if (first != "IHDR".equals(name)) {
                throw damaged("第一个数据块不是IHDR");
            }
            first = false;
            boolean keep = KEPT.contains(name);
            if (!keep && Character.isUpperCase(name.charAt(0))) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA,
                        "PNG图片含有无法识别的关键数据块「" + name + "」，请用常见软件另存为标准PNG后上传");
            }
            copyChunk(in, keep ? out : OutputStream.nullOutputStream(), length, type);
            if ("IEND".equals(name)) {
                return;
            }
        }
    }

    private static void copyChunk(DataInputStream in, OutputStream out, long length, byte[] type) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(type);
        writeInt(out, (int) length);
        out.write(type);
        byte[] buffer = new byte[(int) Math.min(length, 64 * 1024)];
        long left = length;
        while (left > 0) {
            int n = (int) Math.min(left, buffer.length);
            in.readFully(buffer, 0, n);
            crc.update(buffer, 0, n);
            out.write(buffer, 0, n);
            left -= n;
        }
        int stored = in.readInt();
        if ((int) crc.getValue() != stored) {
            throw damaged("数据块「" + new String(type, StandardCharsets.US_ASCII) + "」校验值不符");
        }
        writeInt(out, stored);
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static ProblemException damaged(String why) {
        return new ProblemException(ProblemType.ATTACHMENT_REJECTED,
                "PNG图片已损坏或不完整（" + why + "），请重新导出后上传");
    }
}
