package org.gongkai.housing.notice;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The structured content of each housing notice type. Every list belongs to one street (the notice's region) and
 * one batch; the households themselves are in the roster.
 */
public final class HousingPayloads {

    private HousingPayloads() {
    }

    /** What every housing notice states: the street it is published for and the batch it belongs to. */
    public interface StreetList {

        String batch();

        String street();
    }

    /** 实物配租抽签家庭名单公示: the families found eligible to take part in the street's draw for a batch. */
    public record EligibleList(@NotBlank(message = "请填写房源批次") @Size(max = 60) String batch,
            @NotBlank(message = "请填写街道") String street,
            @NotBlank(message = "请填写房源项目及位置") @Size(max = 200) String housingProject,
            @NotNull(message = "请填写分配给本街道的房源套数") @Min(value = 1, message = "房源套数至少为1") Integer units,
            @Size(max = 500) String drawArrangements,
            @NotBlank(message = "须载明异议受理方式（电话、地点）") @Size(max = 500) String objectionContact)
            implements StreetList {
    }

    /**
     * 实物配租抽签结果: published only after the notary office has notarized the draw on site, so the notice states
     * the notary office, the certificate number and date, when and where the draw took place and who witnessed it.
     */
    public record LotteryResult(@NotBlank(message = "请填写房源批次") @Size(max = 60) String batch,
            @NotBlank(message = "请填写街道") String street,
            @NotBlank(message = "请填写房源项目及位置") @Size(max = 200) String housingProject,
            @NotNull(message = "须载明抽签时间") LocalDateTime drawnAt,
            @NotBlank(message = "须载明抽签地点") @Size(max = 200) String drawPlace,
            @NotBlank(message = "须载明公证机构") @Size(max = 100) String notaryOffice,
            @NotBlank(message = "须载明公证书编号") @Size(max = 60) String notaryCertificateNumber,
            @NotNull(message = "须载明公证日期") LocalDate notarizedOn,
            @NotEmpty(message = "须载明现场监督见证人员") List<@NotBlank @Size(max = 60) String> witnesses)
            implements StreetList {
    }

    /**
     * 住房租赁补贴家庭名单公示: the review decision on each application is due within 15 days of receiving its
     * materials; {@code applicationsReceivedBy} (the batch's last receipt date) starts the catalogue's time limit.
     */
    public record SubsidyList(@NotBlank(message = "请填写补贴批次") @Size(max = 60) String batch,
            @NotBlank(message = "请填写街道") String street,
            @NotNull(message = "请填写申请材料受理截止日期") LocalDate applicationsReceivedBy,
            @NotBlank(message = "须载明补贴标准") @Size(max = 500) String subsidyStandard,
            @NotBlank(message = "须载明异议受理方式（电话、地点）") @Size(max = 500) String objectionContact)
            implements StreetList {
    }
}
