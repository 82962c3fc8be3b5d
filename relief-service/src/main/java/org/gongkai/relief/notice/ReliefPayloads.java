package org.gongkai.relief.notice;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The structured content of each relief notice type; the households themselves are in the roster. */
public final class ReliefPayloads {

    private ReliefPayloads() {
    }

    /** The totals a roster or a funds notice states, which its roster must add up to. */
    public interface Totals {

        Integer households();

        BigDecimal totalAmount();
    }

    /**
     * 受灾人员冬春生活救助对象名单 (Natural Disaster Relief Regulations arts. 20–21): publicised in the village, then
     * reviewed by the village committee, the street office and the civil-affairs bureau.
     */
    public record ReliefRoster(
            @NotBlank(message = "须载明灾害事件") @Size(max = 100) String disasterEvent,
            @NotBlank(message = "须载明公示的村（社区）") @Size(max = 50) String village,
            @NotBlank(message = "须载明救助时段") @Size(max = 50) String reliefPeriod,
            @NotBlank(message = "须载明救助标准") @Size(max = 500) String reliefStandard,
            @NotNull(message = "须填写救助户数") @Min(value = 1, message = "救助户数至少为1") Integer households,
            @NotNull(message = "须填写救助人数") @Min(value = 1, message = "救助人数至少为1") Integer persons,
            @NotNull(message = "须填写救助资金总额") @DecimalMin(value = "0.01", message = "救助资金总额应大于0")
            BigDecimal totalAmount,
            @NotBlank(message = "须载明提出异议的渠道") @Size(max = 500) String objectionMethod)
            implements Totals {
    }

    /**
     * 救助资金发放情况 (Regulations art. 26): who received how much, for the roster the civil-affairs bureau approved
     * ({@code rosterNoticeId}), under which approval document.
     */
    public record ReliefFunds(
            @NotBlank(message = "须载明灾害事件") @Size(max = 100) String disasterEvent,
            @NotBlank(message = "须载明发放的村（社区）") @Size(max = 50) String village,
            @NotBlank(message = "须注明经审批的救助对象名单公告") String rosterNoticeId,
            @NotBlank(message = "须载明审批文号") @Size(max = 50) String approvalNumber,
            @NotBlank(message = "须载明资金来源") @Size(max = 200) String fundSource,
            @NotNull(message = "须填写发放日期") LocalDate disbursedOn,
            @NotNull(message = "须填写发放户数") @Min(value = 1, message = "发放户数至少为1") Integer households,
            @NotNull(message = "须填写发放金额合计") @DecimalMin(value = "0.01", message = "发放金额合计应大于0")
            BigDecimal totalAmount,
            @NotBlank(message = "须载明监督举报方式") @Size(max = 500) String supervisionMethod)
            implements Totals {
    }
}
