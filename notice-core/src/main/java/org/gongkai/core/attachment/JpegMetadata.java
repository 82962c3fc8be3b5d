package org.gongkai.core.attachment;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;

/**
 * Copies a JPEG keeping only what draws the picture: quantization and Huffman tables, frame and scan headers with
 * their entropy-coded data, the JFIF header, an ICC colour profile and Adobe's colour-transform flag. Everything
 * else goes: Exif (camera, owner, date, GPS position, thumbnail), XMP, IPTC/Photoshop (APP13), comments, other
 * application segments and whatever follows the end-of-image marker. The one Exif fact a viewer needs, the
 * orientation, is written back as a minimal Exif segment, so a photo taken upright is not shown on its side.
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final int ORIENTATION_TAG = 0x0112;

    private JpegMetadata() {
    }

    static void strip(InputStream source, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 64 * 1024));
        try {
            copy(in, out);
        } catch (EOFException e) {
            throw damaged("文件在图像结束标记之前就结束了");
        }
    }

    private static void copy(DataInputStream in, OutputStream out) throws IOException {
        if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != SOI) {
            throw damaged("缺少图像开始标记");
        }
        ByteArrayOutputStream jfif = new ByteArrayOutputStream();
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        Integer orientation = null;
        boolean headerWritten = false;
        int marker = nextMarker(in);
        while (true) {
            if (marker == EOI) {
                if (!headerWritten) {
                    throw damaged("没有图像数据");
                }
                out.write(0xFF);
                out.write(EOI);
                return;
            }
            if (standalone(marker)) {
                (headerWritten ? out : tables).write(new byte[] {(byte) 0xFF, (byte) marker});
                marker = nextMarker(in);
                continue;
            }
            byte[] segment = segment(in, marker);
            if (marker == APP1 && startsWith(segment, 4, "Exif\0\0")) {
                orientation = orientation(segment, 10);
            } else if (marker == SOS) {
                if (!headerWritten) {
                    writeHeader(out, jfif, orientation, tables);
                    headerWritten = true;
                }
                out.write(segment);
                marker = copyScan(in, out);
                continue;
            } else if (marker == APP0 && startsWith(segment, 4, "JFIF\0") && jfif.size() == 0) {
                jfif.write(segment);
            } else if (keeps(marker, segment)) {
                (headerWritten ? out : tables).write(segment);
            }
            marker = nextMarker(in);
        }
    }

    private static boolean keeps(int marker, byte[] segment) {
        if (marker == APP2) {
            return startsWith(segment, 4, "ICC_PROFILE\0");
        }
        if (marker == APP14) {
            return startsWith(segment, 4, "Adobe");
        }
        return !(marker >= APP0 && marker <= APP15) && marker != COM;
    }

    private static void writeHeader(OutputStream out, ByteArrayOutputStream jfif, Integer orientation,
            ByteArrayOutputStream tables) throws IOException {
        out.write(0xFF);
        out.write(SOI);
        jfif.writeTo(out);
        if (orientation != null && orientation >= 2 && orientation <= 8) {
            out.write(orientationSegment(orientation));
        }
        tables.writeTo(out);
    }

    /** Marker, length and payload of one segment, as read. */
    private static byte[] segment(DataInputStream in, int marker) throws IOException {
        int length = in.readUnsignedShort();
        if (length < 2) {
            throw damaged("数据段长度错误");
        }
        byte[] segment = new byte[length + 2];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) marker;
        segment[2] = (byte) (length >> 8);
        segment[3] = (byte) length;
        in.readFully(segment, 4, length - 2);
        return segment;
    }

    /** Copies entropy-coded data (with stuffed zero bytes and restart markers) and answers the marker after it. */
    private static int copyScan(DataInputStream in, OutputStream out) throws IOException {
        while (true) {
            int b = in.readUnsignedByte();
            if (b != 0xFF) {
                out.write(b);
                continue;
            }
            int next = in.readUnsignedByte();
            while (next == 0xFF) {
                next = in.readUnsignedByte();
            }
            if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                out.write(0xFF);
                out.write(next);
            } else {
                return next;
            }
        }
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        if (in.readUnsignedByte() != 0xFF) {
            throw damaged("数据段之间出现了多余的字节");
        }
        int marker = in.readUnsignedByte();
        while (marker == 0xFF) {
            marker = in.readUnsignedByte();
        }
        return marker;
    }

    private static boolean standalone(int marker) {
        return marker == 0x01 || marker >= 0xD0 && marker <= 0xD7 || marker == SOI;
    }

    /** The Exif orientation (1–8) from a TIFF structure starting at {@code tiff}, or null when absent or unreadable. */
    static Integer orientation(byte[] segment, int tiff) {
        if (segment.length < tiff + 8) {
            return null;
        }
        boolean little = segment[tiff] == 'I' && segment[tiff + 1] == 'I';
        if (!little && !(segment[tiff] == 'M' && segment[tiff + 1] == 'M')) {
            return null;
        }
        long ifd = unsigned(segment, tiff + 4, 4, little);
        if (ifd < 8 || tiff + ifd + 2 > segment.length) {
            return null;
        }
        int at = (int) (tiff + ifd);
        int entries = (int) unsigned(segment, at, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > segment.length) {
                return null;
            }
            if (unsigned(segment, entry, 2, little) == ORIENTATION_TAG && unsigned(segment, entry + 2, 2, little) == 3) {
                return (int) unsigned(segment, entry + 8, 2, little);
            }
        }
        return null;
    }

    private static long unsigned(byte[] data, int at, int length, boolean little) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            int b = data[little ? at + length - 1 - i : at + i] & 0xFF;
            value = value << 8 | b;
        }
        return value;
    }

    /** APP1 "Exif" holding one big-endian IFD with one entry: Orientation (SHORT). */
    static byte[] orientationSegment(int orientation) {
        return new byte[] {(byte) 0xFF, (byte) APP1, 0x00, 0x22, 'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0x00, 0x2A, 0, 0, 0, 8,
            0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0};
    }

    private static boolean startsWith(byte[] segment, int at, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        if (segment.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (segment[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException damaged(String why) {
        return new ProblemException(ProblemType.ATTACHMENT_REJECTED,
                "JPEG图片已损坏或不完整（" + why + "），请重新导出或重新拍摄后上传");
    }
}
