package org.gongkai.core.objection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The department's answer: upheld or dismissed, always with a reason. */
public record ObjectionAnswer(@NotNull(message = "请选择成立或不成立") Objection.Outcome outcome,
        @NotBlank(message = "答复须说明理由") @Size(max = 2000) String reason) {
}
