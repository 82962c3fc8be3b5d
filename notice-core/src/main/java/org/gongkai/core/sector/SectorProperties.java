package org.gongkai.core.sector;

import org.gongkai.api.Sectors;
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
        @NotBlank @Pattern(regexp = Sectors.NAME_PATTERN) String name,
        @NotBlank String displayName,
        @NotBlank String publisher,
        @DefaultValue("15") int objectionAnswerDays,
        @DefaultValue("true") boolean objectionAnswerInWorkingDays) {

    /**
     * Where this sector's API lives ({@code /api/land}). Controllers map {@code /api/${gongkai.sector.name}/…};
     * code that writes an address into an answer starts from this.
     */
    public String apiPath() {
        return Sectors.apiPath(name);
    }
}
