package org.gongkai.procurement.tender;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.gongkai.procurement.ProcurementProperties;
import org.springframework.stereotype.Component;

/**
 * The bidding time the Tendering and Bidding Law leaves bidders. Art. 24: from the day the tender documents are first
 * issued to the bid deadline, at least 20 days; art. 23: a clarification or modification at least 15 days before the
 * deadline. Counted as the Civil Code counts periods (art. 201), the issue day not counted: documents first issued on
 * 11-02 allow a deadline on 11-22 at the earliest.
 */
@Component
public class BiddingTime {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final int minimumDays;
    private final int clarificationDays;

    public BiddingTime(ProcurementProperties properties) {
        this.minimumDays = properties.minimumBiddingDays();
        this.clarificationDays = properties.minimumClarificationDays();
    }

    public int minimumDays() {
        return minimumDays;
    }

    public LocalDate earliestDeadline(LocalDate firstIssuedOn) {
        return firstIssuedOn.plusDays(minimumDays);
    }

    public LocalDate earliestAfterClarification(LocalDate clarifiedOn) {
        return clarifiedOn.plusDays(clarificationDays);
    }

    /** Why a deadline is too early for documents first issued on {@code issuedOn}, naming the earliest lawful date. */
    public String tooEarly(LocalDate issuedOn) {
        return "自招标文件开始发出之日（" + CHINESE_DATE.format(issuedOn) + "）至投标截止之日不得少于" + minimumDays
                + "日，投标截止时间最早为" + CHINESE_DATE.format(earliestDeadline(issuedOn))
                + "（《中华人民共和国招标投标法》第二十四条）";
    }

    /** Why a deadline is too early for a clarification issued on {@code clarifiedOn}. */
    public String tooEarlyAfterClarification(LocalDate clarifiedOn) {
        return "澄清或者修改招标文件（" + CHINESE_DATE.format(clarifiedOn) + "发出）应当在投标截止时间至少" + clarificationDays
                + "日前发出，投标截止时间最早为" + CHINESE_DATE.format(earliestAfterClarification(clarifiedOn))
                + "（《中华人民共和国招标投标法》第二十三条）";
    }
}
