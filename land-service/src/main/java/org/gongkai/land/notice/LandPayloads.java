package org.gongkai.land.notice;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The structured content of each land notice type, as the law asks it to be stated. */
public final class LandPayloads {

    private LandPayloads() {
    }

    /** 征收土地预公告 (Regulations art. 26): purpose, scope, survey arrangements, the ban on rush planting/building. */
    public record PreAnnouncement(@NotBlank String projectName, @NotBlank String purpose, @NotBlank String scope,
            @NotNull @DecimalMin(value = "0.0001", message = "面积应大于0") BigDecimal areaHectares,
            @NotEmpty List<@NotBlank String> villages, @NotBlank String surveyArrangements,
            @NotBlank(message = "须载明禁止抢栽抢建的要求") String rushBuildingBan) {
    }

    /** 现状调查结果确认. */
    public record SurveyResult(@NotBlank String projectName, @NotEmpty List<@NotBlank String> villages,
            @NotNull LocalDate surveyDate, @NotBlank String findings) {
    }

    /**
     * 征地补偿安置方案公告 (Law art. 47, Regulations art. 28): how and by when to register, how to object, and how
     * many members of the collective are affected (for the majority-objection hearing rule).
     */
    public record CompensationPlan(@NotBlank String projectName, @NotEmpty List<@NotBlank String> villages,
            @NotNull @DecimalMin(value = "0.0001") BigDecimal areaHectares, @NotBlank String landUse,
            @NotBlank String compensationStandards, @NotBlank String resettlementMethod,
            @NotBlank String socialInsurance, @NotBlank(message = "须载明办理补偿登记的方式") String registrationMethod,
            @NotNull(message = "须载明办理补偿登记的期限") LocalDate registrationDeadline,
            @NotBlank(message = "须载明提出异议的方式和途径") String objectionMethod,
            @NotNull @Min(value = 1, message = "须填写受影响的集体经济组织成员人数") Integer affectedMembers) {
    }

    /** 征收土地公告 (Regulations art. 31): within 15 working days of approval. */
    public record AcquisitionAnnouncement(@NotBlank String projectName, @NotBlank String approvalNumber,
            @NotNull LocalDate approvalDate, @NotBlank String approvalAuthority,
            @NotNull @DecimalMin(value = "0.0001") BigDecimal areaHectares, @NotBlank String landUse,
            @NotEmpty List<@NotBlank String> villages, @NotBlank String compensationStandards,
            @NotBlank String resettlementMethod, @NotBlank(message = "须告知申请行政复议或提起行政诉讼的权利") String remedies) {
    }

    /** 征地批文 / 项目批文. */
    public record Approval(@NotBlank String projectName, @NotBlank String approvalNumber,
            @NotNull LocalDate approvalDate, @NotBlank String approvalAuthority) {
    }

    /** 征地补偿明细: the roster carries the households; the payload the totals. */
    public record CompensationDetails(@NotBlank String projectName, @NotBlank String village,
            @NotNull @DecimalMin("0") BigDecimal totalAmount) {
    }

    /** 征收补偿方案征求意见 (State-Land House Expropriation Regulations art. 10): at least 30 days. */
    public record ExpropriationPlanConsultation(@NotBlank String projectName, @NotBlank String scope,
            @NotBlank String compensationPlan, @NotBlank String commentMethod) {
    }

    /** 房屋征收决定: must state the rights to administrative review and to sue. */
    public record ExpropriationDecision(@NotBlank String projectName, @NotBlank String decisionNumber,
            @NotBlank String scope, @NotBlank String compensationPlan,
            @NotBlank(message = "须告知依法申请行政复议的权利") String reviewRights,
            @NotBlank(message = "须告知依法提起行政诉讼的权利") String litigationRights) {
    }

    /** 分户补偿情况: the roster carries the households. */
    public record HouseholdCompensation(@NotBlank String projectName, @NotBlank String decisionNumber) {
    }
}
