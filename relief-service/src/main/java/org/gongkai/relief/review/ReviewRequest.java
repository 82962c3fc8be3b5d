package org.gongkai.relief.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One step of the chain as the reviewing body gives it: which step, its written opinion, passed or not. */
public record ReviewRequest(
        @NotNull(message = "请选择审核环节（VILLAGE、STREET、CIVIL_AFFAIRS）") ReviewStep step,
        @NotBlank(message = "请填写审核意见") @Size(max = 1000, message = "审核意见不超过1000字") String opinion,
        Boolean passed) {

    /** Not saying means the body agrees. */
    public boolean agreed() {
        return !Boolean.FALSE.equals(passed);
    }
}
