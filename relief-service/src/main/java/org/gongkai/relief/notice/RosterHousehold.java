package org.gongkai.relief.notice;

import java.math.BigDecimal;

/**
 * One household line of a relief roster or funds list (the columns the rules read; both schemas have them), as
 * read by {@code RosterReader.rawRows(notice, RosterHousehold.class)}.
 */
public record RosterHousehold(int line, String householdHead, String idNumber, BigDecimal amount) {

    /** The amount, a blank one as zero. */
    public BigDecimal amountOrZero() {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
