package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class DownloadNameTest {

    @Test
    void theChineseTitleBecomesTheFileNameInRfc5987FormWithAnAsciiFallback() {
        String header = DownloadName.disposition("征地补偿明细（第三村民小组）", "6650a1b2c3d4e5f601234567", "csv");

        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo("征地补偿明细（第三村民小组）_名单.csv");
        assertThat(header).startsWith("attachment; filename=\"roster-6650a1b2c3d4e5f601234567.csv\"; filename*=UTF-8''")
                .matches("\\p{ASCII}+");
    }

    @Test
    void pathQuoteControlAndDirectionCharactersNeverReachTheName() {
        String name = DownloadName.fileName("../..\\补偿\"明细\"\r\n<名单>:*?|\u202Egpj.exe", "x", "xlsx");

        assertThat(name).isEqualTo("补偿_明细_名单_gpj_exe_名单.xlsx");
        assertThat(ContentDisposition.parse(DownloadName.disposition("a/b\";x=1", "x", "csv")).getFilename())
                .isEqualTo("a_b_x_1_名单.csv");
    }

    @Test
    void aTitleWithNothingToKeepFallsBackToTheNoticeId() {
        assertThat(DownloadName.fileName("《》……", "6650a1b2", "csv")).isEqualTo("名单_6650a1b2.csv");
        assertThat(DownloadName.fileName(null, "../6650", "csv")).isEqualTo("名单_6650.csv");
    }

    @Test
    void aLongTitleIsCut() {
        String name = DownloadName.fileName("龙".repeat(200), "x", "csv");
        assertThat(name).isEqualTo("龙".repeat(DownloadName.MAX_TITLE) + "_名单.csv");
    }

    @Test
    void digitsAndLettersOfTheTitleStay() {
        assertThat(DownloadName.fileName("2026年第3批 实物配租 名单", "x", "csv")).isEqualTo("2026年第3批_实物配租_名单.csv");
    }
}
