package org.gongkai.core.privacy;

/** What a roster column holds; decides how it is validated and masked. */
public enum ColumnKind {
    NAME, ID_NUMBER, PHONE, BANK_ACCOUNT, ADDRESS, BIRTH_DATE, TEXT, INTEGER, DECIMAL, DATE
}
