package org.gongkai.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The procurement sector's own settings (config/repo/procurement.yml): the statutory minimum bidding time, and how
 * the contracting processes are published as Open Contracting Data Standard packages.
 *
 * @param minimumBiddingDays days from the first issue of the tender documents to the bid deadline (Tendering and
 *        Bidding Law art. 24: at least 20)
 * @param minimumClarificationDays days from a clarification or modification of the tender documents to the bid
 *        deadline (art. 23: at least 15)
 */
@Validated
@ConfigurationProperties("gongkai.procurement")
public record ProcurementProperties(
        @Min(value = 20, message = "招标投标法第二十四条规定不得少于20日") int minimumBiddingDays,
        @Min(value = 15, message = "招标投标法第二十三条规定不得少于15日") int minimumClarificationDays,
        @NotNull @Valid Ocds ocds) {

    /**
     * @param ocidPrefix the publisher's registered ocid prefix; {@code ocds-gongkai-} is a placeholder until the
     *        publisher registers its own with the Open Contracting Partnership
     * @param publicBaseUrl where the public reads the API (the gateway), for the packages' {@code uri}
     * @param organizationScheme the org-id.guide scheme of the unified social credit code in party identifiers
     * @param extensions OCDS extensions the packages use (the lots extension, for tender.lots)
     */
    public record Ocds(@NotBlank @Pattern(regexp = "ocds-[a-z0-9]+-", message = "ocid前缀应形如 ocds-xxxxxx-") String ocidPrefix,
            @NotBlank @Pattern(regexp = "https?://\\S+[^/]", message = "应为不以/结尾的http(s)地址") String publicBaseUrl,
            @NotBlank String organizationScheme,
            String license,
            @NotNull List<@NotBlank String> extensions) {
    }
}
