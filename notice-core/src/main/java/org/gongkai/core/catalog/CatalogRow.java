package org.gongkai.core.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.gongkai.core.calendar.DayUnit;
import org.gongkai.core.calendar.PublicityRule;
import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.MaskRule;

/**
 * One row of the standard disclosure catalogue (公开事项标准目录), with every standard column, plus what the suite
 * enforces from it: the notice type it governs, its publicity rule, its time limit, roster and masking policy.
 */
public record CatalogRow(
        @NotBlank String code,
        int seq,
        @NotBlank String item,
        @NotBlank String subItem,
        @NotBlank String noticeType,
        @NotEmpty List<@Valid Element> elements,
        @NotBlank String basis,
        @NotNull @Valid TimeLimit timeLimit,
        @Valid Publicity publicity,
        @NotBlank String subject,
        @NotEmpty List<@Valid ChannelUse> channels,
        @NotNull Audience audience,
        String audienceGroup,
        @NotNull Mode mode,
        @NotNull Level level,
        String roster,
        Map<ColumnKind, MaskRule> masking,
        @Min(0) int retentionDays) {

    /** 公开内容(要素): a content element, required (●) or optional (〇), bound to a payload field. */
    public record Element(@NotBlank String key, @NotBlank String name, boolean required) {
    }

    /** 公开时限: "within N (working) days of {@code from}", {@code from} a payload date field or informationFormedOn. */
    public record TimeLimit(@NotBlank String text, @Min(1) int length, @NotNull DayUnit unit, String from) {
        public String fromField() {
            return from == null || from.isBlank() ? "informationFormedOn" : from;
        }
    }

    /** 公示期: the statutory minimum; null for notices without a publicity period (e.g. an approval document). */
    public record Publicity(@Min(1) int length, @NotNull DayUnit unit) {
        public PublicityRule rule() {
            return new PublicityRule(length, unit);
        }
    }

    /** 公开渠道和载体, required (■) or optional (□). */
    public record ChannelUse(@NotNull Channel channel, boolean required) {
    }

    public enum Audience { PUBLIC, SPECIFIC_GROUP }

    public enum Mode { PROACTIVE, ON_REQUEST }

    public enum Level { COUNTY, TOWNSHIP }

    public boolean hasPublicity() {
        return publicity != null;
    }
}
