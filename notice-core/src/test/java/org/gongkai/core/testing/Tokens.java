package org.gongkai.core.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.gongkai.core.security.internal.ProductionSecrets;

/** Mints development tokens the way ./token.sh does, signed with the key in config/repo/application-dev.yml. */
public final class Tokens {

    public static final String DEV_KEY = ProductionSecrets.DEVELOPMENT_SIGNING_KEY;
    /**
     * Test tokens are good across every test date: their window is fixed rather than read from a clock, because the
     * services check expiry on the machine's time while the tests' dates come from {@code gongkai.test.date}.
     */
    static final Instant ISSUED = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant EXPIRES = Instant.parse("2099-12-31T00:00:00Z");

    private Tokens() {
    }

    public static String mint(String subject, String name, String sector, String region, String... roles) {
        return signedWith(DEV_KEY, subject, name, sector, region, roles);
    }

    public static String signedWith(String key, String subject, String name, String sector, String region,
            String... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("name", name)
                    .claim("sector", sector).claim("region", region).claim("roles", List.of(roles))
                    .issueTime(Date.from(ISSUED)).expirationTime(Date.from(EXPIRES))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
