package org.gongkai.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.gongkai.core.roster.RosterColumn;
import org.gongkai.core.roster.RosterSchema;
import org.junit.jupiter.api.Test;

class MaskingPolicyTest {

    private static final RosterSchema RELIEF = new RosterSchema("RELIEF_ROSTER", "受灾人员冬春生活救助对象名单", List.of(
            RosterColumn.required("name", "户主姓名", ColumnKind.NAME),
            RosterColumn.required("idNumber", "身份证号", ColumnKind.ID_NUMBER),
            RosterColumn.optional("phone", "联系电话", ColumnKind.PHONE),
            RosterColumn.optional("account", "银行账号", ColumnKind.BANK_ACCOUNT),
            RosterColumn.optional("address", "家庭住址", ColumnKind.ADDRESS),
            RosterColumn.optional("birth", "出生日期", ColumnKind.BIRTH_DATE),
            RosterColumn.required("amount", "救助金额（元）", ColumnKind.DECIMAL)), null);

    private static final Map<String, String> RAW = Map.of(
            "name", "李小明",
            "idNumber", "23020219800101123X",
            "phone", "18012341999",
            "account", "6217000000001234",
            "address", "龙沙区大民村三组12号",
            "birth", "1980-01-01",
            "amount", "1200.50");

    @Test
    void defaultsAreSafe() {
        MaskingPolicy policy = MaskingPolicy.defaults();
        assertThat(policy.ruleFor(ColumnKind.ID_NUMBER)).isEqualTo(MaskRule.ID_KEEP_4_4);
        assertThat(policy.ruleFor(ColumnKind.PHONE)).isEqualTo(MaskRule.MOBILE_3_4);
        assertThat(policy.ruleFor(ColumnKind.BANK_ACCOUNT)).isEqualTo(MaskRule.BANK_LAST_4);
        assertThat(policy.ruleFor(ColumnKind.ADDRESS)).isEqualTo(MaskRule.ADDRESS_TO_VILLAGE);
        assertThat(policy.ruleFor(ColumnKind.BIRTH_DATE)).isEqualTo(MaskRule.HIDE);
        assertThat(policy.ruleFor(ColumnKind.NAME)).isEqualTo(MaskRule.SHOW);
        assertThat(policy.ruleFor(ColumnKind.DECIMAL)).isEqualTo(MaskRule.SHOW);
    }

    @Test
    void defaultPolicyMasksARowAndDropsHiddenColumns() {
        Map<String, String> row = MaskingPolicy.defaults().maskRow(RELIEF, RAW);

        assertThat(row).containsExactly(
                Map.entry("name", "李小明"),
                Map.entry("idNumber", "2302**********123X"),
                Map.entry("phone", "180****1999"),
                Map.entry("account", "************1234"),
                Map.entry("address", "龙沙区大民村***"),
                Map.entry("amount", "1200.50"));
    }

    @Test
    void configuredRulesOverrideDefaults() {
        MaskingPolicy education = MaskingPolicy.of(Map.of(
                ColumnKind.NAME, MaskRule.NAME_STAR_SECOND,
                ColumnKind.ID_NUMBER, MaskRule.HIDE,
                ColumnKind.PHONE, MaskRule.HIDE,
                ColumnKind.ADDRESS, MaskRule.HIDE));

        Map<String, String> row = education.maskRow(RELIEF, RAW);

        assertThat(row).containsOnlyKeys("name", "account", "amount");
        assertThat(row).containsEntry("name", "李*明");
    }

    @Test
    void unknownKeysInTheRawRowAreNotPublished() {
        Map<String, String> raw = new java.util.HashMap<>(RAW);
        raw.put("note", "低保户，身份证23020219800101123X");
        assertThat(MaskingPolicy.defaults().maskRow(RELIEF, raw)).doesNotContainKey("note");
    }

    @Test
    void missingValuesArePublishedEmpty() {
        Map<String, String> row = MaskingPolicy.defaults().maskRow(RELIEF, Map.of("name", "王五", "amount", "1"));
        assertThat(row).containsEntry("idNumber", "").containsEntry("phone", "");
    }

    @Test
    void showingIdNumbersInFullIsRefused() {
        assertThatThrownBy(() -> MaskingPolicy.of(Map.of(ColumnKind.ID_NUMBER, MaskRule.SHOW)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ID_NUMBER");
    }

    @Test
    void showingPhonesOrAccountsInFullIsRefused() {
        assertThatThrownBy(() -> MaskingPolicy.of(Map.of(ColumnKind.PHONE, MaskRule.SHOW)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaskingPolicy.of(Map.of(ColumnKind.BANK_ACCOUNT, MaskRule.SHOW)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesThatLeakMostDigitsAreRefusedToo() {
        assertThatThrownBy(() -> MaskingPolicy.of(Map.of(ColumnKind.ID_NUMBER, MaskRule.NAME_STAR_SECOND)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaskingPolicy(Map.of(ColumnKind.PHONE, MaskRule.ADDRESS_TO_VILLAGE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policyCannotBeChangedAfterItIsBuilt() {
        Map<ColumnKind, MaskRule> rules = new java.util.EnumMap<>(ColumnKind.class);
        rules.put(ColumnKind.NAME, MaskRule.NAME_STAR_SECOND);
        MaskingPolicy policy = MaskingPolicy.of(rules);
        rules.put(ColumnKind.ID_NUMBER, MaskRule.SHOW);

        assertThat(policy.ruleFor(ColumnKind.ID_NUMBER)).isEqualTo(MaskRule.ID_KEEP_4_4);
        assertThatThrownBy(() -> policy.rules().put(ColumnKind.ID_NUMBER, MaskRule.SHOW))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
