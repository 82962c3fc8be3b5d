package org.gongkai.core.sector;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sector this service is: its short name ({@code land}, the first segment of its API and of global ids),
 * Chinese display name, publishing body and the days a department has to answer an objection.
 */
@Validated
@ConfigurationProperties("gongkai.sector")
public record SectorProperties(
        @NotBlank @Pattern(regexp = "[a-z]+") String name,
        @NotBlank String displayName,
        @NotBlank String publisher,
        @DefaultValue("15") int objectionAnswerDays,
        @DefaultValue("true") boolean objectionAnswerInWorkingDays) {
}
