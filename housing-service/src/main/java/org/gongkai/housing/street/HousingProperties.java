package org.gongkai.housing.street;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The streets whose offices publish housing lists: 12-digit division code → street name. */
@Validated
@ConfigurationProperties("gongkai.housing")
public record HousingProperties(
        @NotEmpty Map<@Pattern(regexp = "\\d{12}", message = "街道区划代码应为12位") String, @NotBlank String> streets) {

    public HousingProperties {
        streets = streets == null ? Map.of() : Map.copyOf(streets);
    }

    public Optional<String> streetName(String code) {
        return Optional.ofNullable(streets.get(code));
    }
}
