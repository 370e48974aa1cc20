package uk.gov.safervoices.portal.staff;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.secret.InstallationSecrets;

/**
 * Signs and checks staff tokens with HMAC-SHA256 under an installation secret kept in the database, so every node
 * of a deployment agrees without configuration, and no signing key ships in a file. Micronaut Security checks
 * every incoming token's signature with this bean.
 */
@Singleton
class StaffTokenSignature implements SignatureGeneratorConfiguration {
    private static final String SECRET_NAME = "staff-token";
    private final InstallationSecrets secrets;

    StaffTokenSignature(InstallationSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secrets.secret(SECRET_NAME)));
        return jwt;
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && jwt.verify(new MACVerifier(secrets.secret(SECRET_NAME)));
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the HS256 JWS algorithm is supported";
    }
}
