package org.gongkai.core.attachment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much work one attachment may cost.
 *
 * @param maxSize     the largest upload taken (also bounded by {@code spring.webflux.multipart.max-disk-usage-per-part})
 * @param maxPdfPages the most pages a PDF may have; every page's text is read for personal numbers
 */
@Validated
@ConfigurationProperties("gongkai.attachments")
record AttachmentProperties(
        @NotNull @DefaultValue("20MB") DataSize maxSize,
        @Min(1) @Max(10_000) @DefaultValue("500") int maxPdfPages) {
}
