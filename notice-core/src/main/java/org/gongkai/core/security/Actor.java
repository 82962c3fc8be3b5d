package org.gongkai.core.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is acting, from the JWT: subject, display name, sector, roles and region (the administrative division the
 * person's office covers; a county office {@code 230202} covers every street and village code under it).
 */
public record Actor(String id, String name, String sector, Set<Role> roles, String region) {

    public static Actor from(Jwt jwt) {
        List<String> claimed = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimed != null) {
            for (String r : claimed) {
                try {
                    roles.add(Role.fromClaim(r));
                } catch (IllegalArgumentException ignored) {
                    // roles of other systems in a shared identity provider are not ours to interpret
                }
            }
        }
        String name = jwt.getClaimAsString("name");
        return new Actor(jwt.getSubject(), name != null ? name : jwt.getSubject(), jwt.getClaimAsString("sector"),
                roles, jwt.getClaimAsString("region"));
    }

    public boolean covers(String divisionCode) {
        return region != null && divisionCode != null && !region.isBlank() && divisionCode.startsWith(region);
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    /** Refuses unless the actor belongs to this sector, holds one of the roles and covers the region. */
    public void require(String sectorName, String divisionCode, Role... anyOf) {
        if (!sectorName.equals(sector)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "令牌所属板块为「" + sector + "」，不能操作「" + sectorName + "」板块");
        }
        boolean allowed = false;
        for (Role role : anyOf) {
            allowed |= has(role);
        }
        if (!allowed) {
            throw new ProblemException(ProblemType.FORBIDDEN, "此操作需要以下角色之一：" + names(anyOf));
        }
        if (divisionCode != null && !covers(divisionCode)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "令牌的行政区划「" + region + "」不包含公告所属区划「" + divisionCode + "」");
        }
    }

    private static String names(Role... roles) {
        StringBuilder sb = new StringBuilder();
        for (Role r : roles) {
            sb.append(sb.isEmpty() ? "" : "、").append(r.displayName());
        }
        return sb.toString();
    }
}
