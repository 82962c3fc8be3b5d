package org.gongkai.land.hearing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A hearing held on a compensation plan that most affected members objected to (Land Administration Law art. 47). */
public record Hearing(@NotNull(message = "请填写听证日期") LocalDate date,
        @NotBlank(message = "请填写听证地点") @Size(max = 200) String place,
        @NotBlank(message = "请填写听证结论") @Size(max = 2000) String outcome) {

    public static final String RECORD_KEY = "hearing";
}
