package org.gongkai.education.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.privacy.ColumnKind;
import org.gongkai.core.privacy.MaskRule;
import org.gongkai.core.privacy.MaskingPolicy;
import org.springframework.stereotype.Component;

/**
 * Student lists never show an ID number, address, phone number, birth date or bank account, whatever a county
 * writes in its catalogue: the core would allow a masked ID (ID_KEEP_4_4) or a village-level address, so every
 * education row with a roster is checked at start-up and the service refuses to start on a policy that is not HIDE.
 */
@Component
public class StudentListGuard {

    public static final Set<ColumnKind> NEVER_SHOWN = EnumSet.of(ColumnKind.ID_NUMBER, ColumnKind.ADDRESS,
            ColumnKind.PHONE, ColumnKind.BIRTH_DATE, ColumnKind.BANK_ACCOUNT);

    public StudentListGuard(Catalog catalog) {
        List<String> problems = new ArrayList<>();
        for (CatalogRow row : catalog.rows()) {
            if (row.roster() != null) {
                problems.addAll(problems(row.code(), catalog.maskingOf(row)));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("学生名单不得公开身份证号、家庭住址、联系电话、出生日期和银行账号："
                    + String.join("；", problems));
        }
    }

    /** What is wrong with one row's masking policy; empty when every never-shown kind is hidden. */
    public static List<String> problems(String rowCode, MaskingPolicy policy) {
        List<String> problems = new ArrayList<>();
        for (ColumnKind kind : NEVER_SHOWN) {
            MaskRule rule = policy.ruleFor(kind);
            if (rule != MaskRule.HIDE) {
                problems.add("目录事项 " + rowCode + " 的 " + kind + " 须为 HIDE，现为 " + rule);
            }
        }
        return problems;
    }
}
