package org.gongkai.core.security;

/** The roles a department token can carry in its {@code roles} claim (lower-case in the token). */
public enum Role {
    EDITOR("起草人"),
    REVIEWER("审核人"),
    ROSTER_UPLOADER("名单上传人"),
    ADMIN("管理员");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String claim() {
        return name().toLowerCase();
    }

    public static Role fromClaim(String claim) {
        return valueOf(claim.trim().toUpperCase());
    }
}
