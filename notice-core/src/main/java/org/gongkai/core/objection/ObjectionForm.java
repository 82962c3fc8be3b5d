package org.gongkai.core.objection;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a citizen files. Name and contact are required so the department can answer, and are never published. */
public record ObjectionForm(
        @NotBlank(message = "请填写姓名") @Size(max = 50) String name,
        @NotBlank(message = "请填写联系方式，以便答复") @Size(max = 100) String contact,
        @NotBlank(message = "请填写异议理由") @Size(max = 2000, message = "异议理由不超过2000字") String reason,
        @Min(value = 2, message = "名单行号从2开始（第1行为表头）") Integer rosterLine,
        Boolean collectiveMember) {

    /** Whether the objector says they belong to the affected collective; not saying means no. */
    public boolean member() {
        return Boolean.TRUE.equals(collectiveMember);
    }
}
