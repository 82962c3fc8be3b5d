package org.gongkai.e2e;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Large rosters in the land template (征地补偿明细) for the end-to-end tests and {@code bench/roster.sh}: {@code rows}
 * data rows as CSV and as XLSX, valid, and a copy where every tenth row has a wrong ID check digit. Fictional
 * people in district 230202; every ID distinct, check digits computed (GB 11643).
 * As a program: {@code LargeRosters <dir> <rows>} writes roster-N.csv, roster-N.xlsx, roster-N-bad.csv/.xlsx.
 */
public final class LargeRosters {

    static final String[] HEADER = {"户主姓名", "身份证号", "村民小组", "地类", "面积（亩）", "补偿金额（元）", "备注"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    static final String[] GIVEN = {"建国", "秀英", "志强", "丽华", "海燕", "国庆", "春梅", "德华", "玉兰", "永红"};

    private LargeRosters() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        for (boolean bad : new boolean[] {false, true}) {
            String name = "roster-" + rows + (bad ? "-bad" : "");
            writeCsv(dir.resolve(name + ".csv"), rows, bad);
            writeXlsx(dir.resolve(name + ".xlsx"), rows, bad);
        }
    }

    static String[] row(int i, boolean bad) {
        String id = idNumber(i);
        if (bad && i % 10 == 0) {
            id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');   // wrong check digit
        }
        return new String[] {SURNAMES[i % 10] + GIVEN[(i / 10) % 10], id, "第" + (i % 12 + 1) + "组", "耕地",
                String.format("%.2f", 0.5 + (i % 40) / 10.0), String.format("%.2f", 20000 + (i % 500) * 37.5),
                i % 7 == 0 ? "含青苗补偿" : ""};
    }

    /** 230202 + a birth date in 1950–1999 + a sequence, with the GB 11643 check digit. */
    static String idNumber(int i) {
        int year = 1950 + i % 50;
        int month = 1 + (i / 50) % 12;
        int day = 1 + (i / 600) % 28;
        String body = String.format("230202%04d%02d%02d%03d", year, month, day, (i / 16800) % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    public static void writeCsv(Path file, int rows, boolean bad) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER));
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.join(",", row(i, bad)));
                out.write("\r\n");
            }
        }
    }

    public static void writeXlsx(Path file, int rows, boolean bad) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "gongkai-bench", "1.0")) {
            Worksheet ws = wb.newWorksheet("名单");
            for (int c = 0; c < HEADER.length; c++) {
                ws.value(0, c, HEADER[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] r = row(i, bad);
                for (int c = 0; c < r.length; c++) {
                    ws.value(i + 1, c, r[c]);
                }
                if (i % 1000 == 0) {
                    ws.flush();
                }
            }
            ws.finish();
        }
    }
}
