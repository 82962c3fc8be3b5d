package org.gongkai.procurement.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The structured content of each procurement notice, as the Measures for Publishing Tender Announcements and
 * Publicity Information (国家发展改革委令第10号, arts. 5-6) and the Government Procurement Law Implementing
 * Regulations ask it to be stated. Every notice of one contracting process carries the same {@code projectCode}:
 * it links them, and is the identifier part of the process's OCDS {@code ocid}.
 */
public final class ProcurementPayloads {

    /** Letters, digits and {@code . _ -}: it goes into URLs and the ocid unchanged. */
    static final String PROJECT_CODE = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}";
    static final String PROJECT_CODE_MESSAGE = "项目编号应为3至64位字母、数字或 . _ -";
    /** 统一社会信用代码 (GB 32100-2015): 18 characters, digits and capitals without I, O, S, V, Z. */
    static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}";
    static final String CREDIT_CODE_MESSAGE = "统一社会信用代码应为18位数字或大写字母";

    private ProcurementPayloads() {
    }

    /** 采购项目类别. */
    public enum Category {
        WORKS("工程"), GOODS("货物"), SERVICES("服务");

        private final String displayName;

        Category(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** 采购方式 (Government Procurement Law art. 26; Tendering and Bidding Law art. 10). */
    public enum Method {
        OPEN_TENDER("公开招标"), INVITED_TENDER("邀请招标"), COMPETITIVE_NEGOTIATION("竞争性谈判"),
        COMPETITIVE_CONSULTATION("竞争性磋商"), INQUIRY("询价"), SINGLE_SOURCE("单一来源采购");

        private final String displayName;

        Method(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** A buyer, agency or supplier: name, optional credit code, address and contact (a landline, never a mobile). */
    public record Organisation(@NotBlank(message = "请填写单位名称") @Size(max = 100) String name,
            @Pattern(regexp = CREDIT_CODE, message = CREDIT_CODE_MESSAGE) String creditCode,
            @Size(max = 200) String address,
            @Size(max = 100) String contact) {
    }

    /** 标段（包）. */
    public record Lot(@NotBlank(message = "请填写标段（包）编号") @Size(max = 20) String code,
            @NotBlank(message = "请填写标段（包）名称") @Size(max = 200) String name,
            @NotNull(message = "请填写标段（包）预算") @DecimalMin(value = "0.01", message = "预算应大于0") BigDecimal budget) {
    }

    /** 中标候选人 (发改委令第10号 art. 6: rank, name, bid price, duration, quality, project manager). */
    public record Candidate(@NotNull(message = "请填写排序") @Min(value = 1, message = "排序从1开始") Integer rank,
            @NotBlank(message = "请填写中标候选人名称") @Size(max = 100) String name,
            @Pattern(regexp = CREDIT_CODE, message = CREDIT_CODE_MESSAGE) String creditCode,
            @NotNull(message = "请填写投标报价") @DecimalMin(value = "0.01", message = "投标报价应大于0") BigDecimal bidAmount,
            @Min(value = 1, message = "工期应大于0") Integer durationDays,
            @Size(max = 100) String quality,
            @Size(max = 20) String projectManager,
            @Size(max = 50) String projectManagerCertificate) {
    }

    /**
     * 招标公告 (发改委令第10号 art. 5). The bid deadline is at least 20 days after the tender documents are first
     * issued (Tendering and Bidding Law art. 24), and bids are opened at the deadline (art. 34): see
     * {@code BidDeadlineRule}.
     */
    public record TenderAnnouncement(
            @NotBlank(message = "请填写项目编号") @Pattern(regexp = PROJECT_CODE, message = PROJECT_CODE_MESSAGE) String projectCode,
            @NotBlank(message = "请填写项目名称") @Size(max = 200) String projectName,
            @NotNull(message = "请选择采购项目类别") Category category,
            @NotNull(message = "请选择采购方式") Method procurementMethod,
            @NotNull(message = "请填写预算金额") @DecimalMin(value = "0.01", message = "预算金额应大于0") BigDecimal budget,
            @NotBlank(message = "请填写资金来源") @Size(max = 200) String fundingSource,
            @NotBlank(message = "请填写项目内容、范围和规模") @Size(max = 2000) String scope,
            @NotBlank(message = "请填写投标人资格要求") @Size(max = 2000) String qualification,
            @NotNull(message = "请说明是否接受联合体投标") Boolean consortiumAccepted,
            @NotNull(message = "请填写采购人（招标人）") @Valid Organisation buyer,
            @Valid Organisation agency,
            @NotEmpty(message = "至少应有一个标段（包）") @Size(max = 50) List<@Valid Lot> lots,
            @NotBlank(message = "请填写获取招标文件的时间和方式") @Size(max = 500) String documentsObtain,
            @NotBlank(message = "请填写递交投标文件的方式") @Size(max = 500) String submissionMethod,
            @NotNull(message = "请填写投标截止时间") LocalDateTime bidDeadline,
            @NotNull(message = "请填写开标时间") LocalDateTime bidOpening,
            @NotBlank(message = "请填写开标地点") @Size(max = 200) String bidOpeningPlace) {
    }

    /** A notice that follows a tender for one of its lots: candidates, an award, a contract. */
    public interface LotNotice {

        String projectCode();

        String lotCode();
    }

    /**
     * 中标候选人公示 (Implementing Regulations arts. 53-54; 发改委令第10号 art. 6): at most three ranked candidates,
     * publicised within 3 days of receiving the evaluation report, with the way to object.
     */
    public record CandidatePublicity(
            @NotBlank(message = "请填写项目编号") @Pattern(regexp = PROJECT_CODE, message = PROJECT_CODE_MESSAGE) String projectCode,
            @NotBlank(message = "请填写项目名称") @Size(max = 200) String projectName,
            @NotBlank(message = "请填写标段（包）编号") @Size(max = 20) String lotCode,
            @NotNull(message = "请填写收到评标报告的日期") LocalDate evaluationReportDate,
            @NotEmpty(message = "请填写中标候选人")
            @Size(max = 3, message = "中标候选人不超过3个（《中华人民共和国招标投标法实施条例》第五十三条）")
            List<@Valid Candidate> candidates,
            @Size(max = 2000) String evaluationSummary,
            @NotBlank(message = "须载明提出异议的渠道和方式") @Size(max = 500) String objectionChannel)
            implements LotNotice {
    }

    /** 中标（成交）结果公告 (Government Procurement Law Implementing Regulations art. 43). */
    public record AwardResult(
            @NotBlank(message = "请填写项目编号") @Pattern(regexp = PROJECT_CODE, message = PROJECT_CODE_MESSAGE) String projectCode,
            @NotBlank(message = "请填写项目名称") @Size(max = 200) String projectName,
            @NotBlank(message = "请填写标段（包）编号") @Size(max = 20) String lotCode,
            @NotNull(message = "请填写中标（成交）供应商确定日期") LocalDate determinationDate,
            @NotNull(message = "请填写中标（成交）供应商") @Valid Organisation winner,
            @NotNull(message = "请填写中标（成交）金额") @DecimalMin(value = "0.01", message = "中标金额应大于0") BigDecimal amount,
            @Size(max = 20) List<@NotBlank @Size(max = 20) String> reviewExperts)
            implements LotNotice {
    }

    /** 政府采购合同公告 (Government Procurement Law Implementing Regulations art. 50). */
    public record ContractAnnouncement(
            @NotBlank(message = "请填写项目编号") @Pattern(regexp = PROJECT_CODE, message = PROJECT_CODE_MESSAGE) String projectCode,
            @NotBlank(message = "请填写项目名称") @Size(max = 200) String projectName,
            @NotBlank(message = "请填写标段（包）编号") @Size(max = 20) String lotCode,
            @NotBlank(message = "请填写合同编号") @Size(max = 64) String contractNumber,
            @NotBlank(message = "请填写合同名称") @Size(max = 200) String contractName,
            @NotNull(message = "请填写合同签订日期") LocalDate signingDate,
            @NotNull(message = "请填写供应商") @Valid Organisation supplier,
            @NotNull(message = "请填写合同金额") @DecimalMin(value = "0.01", message = "合同金额应大于0") BigDecimal amount,
            @NotBlank(message = "请填写主要标的") @Size(max = 1000) String subjectMatter,
            LocalDate performanceStart,
            LocalDate performanceEnd,
            @Size(max = 200) String performancePlace) implements LotNotice {
    }
}
