package org.gongkai.core.notice;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an editor writes: the content of a draft. {@code region} is the 12-digit division code the notice concerns;
 * {@code audience} is PUBLIC or the division code of the group it is posted for (a village's residents).
 */
public record NoticeDraft(
        @NotBlank(message = "请选择目录事项") String catalogRow,
        @NotBlank(message = "标题不能为空") @Size(max = 200, message = "标题不超过200字") String title,
        @Size(max = 200_000, message = "正文过长") String body,
        Map<String, Object> payload,
        @NotBlank(message = "请填写行政区划代码")
        @Pattern(regexp = "\\d{12}", message = "行政区划代码应为12位统计用区划代码") String region,
        @Pattern(regexp = "PUBLIC|\\d{6,12}", message = "公开对象应为PUBLIC或特定群体所在区划代码") String audience,
        @NotNull(message = "请确定公开属性") Disclosure disclosure,
        @Size(max = 500) String disclosureReason,
        @NotNull(message = "请填写信息形成（变更）日期") LocalDate informationFormedOn,
        LocalDate publicationDate,
        @Min(value = 1, message = "公示期至少1天") Integer publicityLength) {

    public NoticeDraft {
        payload = payload == null ? Map.of() : payload;
        audience = audience == null || audience.isBlank() ? "PUBLIC" : audience;
    }

    public NoticeDraft withBody(String sanitizedBody) {
        return new NoticeDraft(catalogRow, title, sanitizedBody, payload, region, audience, disclosure,
                disclosureReason, informationFormedOn, publicationDate, publicityLength);
    }
}
