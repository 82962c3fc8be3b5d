package org.gongkai.core.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.gongkai.core.roster.RosterColumn;
import org.gongkai.core.roster.RosterSchema;

/**
 * The per-type rules that turn a raw roster row into its public form. Kinds without a rule get a safe default,
 * and a policy that would show an ID number, phone number or bank account in full cannot be built.
 */
public record MaskingPolicy(Map<ColumnKind, MaskRule> rules) {

    private static final Map<ColumnKind, Set<MaskRule>> ALLOWED = Map.of(
            ColumnKind.ID_NUMBER, EnumSet.of(MaskRule.ID_KEEP_4_4, MaskRule.HIDE),
            ColumnKind.PHONE, EnumSet.of(MaskRule.MOBILE_3_4, MaskRule.HIDE),
            ColumnKind.BANK_ACCOUNT, EnumSet.of(MaskRule.BANK_LAST_4, MaskRule.HIDE));

    private static final MaskingPolicy DEFAULTS = new MaskingPolicy(Map.of());

    public MaskingPolicy {
        EnumMap<ColumnKind, MaskRule> copy = new EnumMap<>(ColumnKind.class);
        if (rules != null) {
            rules.forEach((kind, rule) -> {
                if (kind == null || rule == null) {
                    throw new IllegalArgumentException("脱敏规则不完整：列类型和规则都必须填写");
                }
                Set<MaskRule> allowed = ALLOWED.get(kind);
                if (allowed != null && !allowed.contains(rule)) {
                    throw new IllegalArgumentException("脱敏规则不允许：" + kind + " 不能使用 " + rule
                            + "（身份证号、电话号码和银行账号不得完整公开，只能使用 " + allowed + "）");
                }
                copy.put(kind, rule);
            });
        }
        rules = Collections.unmodifiableMap(copy);
    }

    public static MaskingPolicy of(Map<ColumnKind, MaskRule> rules) {
        return new MaskingPolicy(rules);
    }

    /** Only the safe defaults. */
    public static MaskingPolicy defaults() {
        return DEFAULTS;
    }

    public MaskRule ruleFor(ColumnKind kind) {
        MaskRule rule = rules.get(kind);
        return rule != null ? rule : defaultRule(kind);
    }

    /**
     * The public form of a raw row, keyed by column key in schema order. HIDE columns are absent, keys the schema
     * does not know are dropped, and a column missing from the raw row is shown empty.
     */
    public Map<String, String> maskRow(RosterSchema schema, Map<String, String> raw) {
        Map<String, String> row = new LinkedHashMap<>();
        for (RosterColumn column : schema.columns()) {
            MaskRule rule = ruleFor(column.kind());
            if (rule == MaskRule.HIDE) {
                continue;
            }
            String value = raw.get(column.key());
            row.put(column.key(), value == null ? "" : rule.apply(value));
        }
        return Collections.unmodifiableMap(row);
    }

    private static MaskRule defaultRule(ColumnKind kind) {
        return switch (kind) {
            case ID_NUMBER -> MaskRule.ID_KEEP_4_4;
            case PHONE -> MaskRule.MOBILE_3_4;
            case BANK_ACCOUNT -> MaskRule.BANK_LAST_4;
            case ADDRESS -> MaskRule.ADDRESS_TO_VILLAGE;
            case BIRTH_DATE -> MaskRule.HIDE;
            case NAME, TEXT, INTEGER, DECIMAL, DATE -> MaskRule.SHOW;
        };
    }
}
