package jp.skilldev.bench;

import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An applicant signed in once through the application's own authentication manager (its applicant user details and
 * password check); each call then runs on the client thread with that authentication in Spring Security's context,
 * as the API's security filter leaves it after a successful HTTP Basic login. HTTP Basic checks the BCrypt hash on
 * every request; the replays measure the lifecycles, so they pay it once, and the latency figures keep it.
 */
final class AsApplicant {

    private final Authentication authentication;

    private AsApplicant(Authentication authentication) {
        this.authentication = authentication;
    }

    static AsApplicant signIn(AuthenticationManager authenticationManager, String username) {
        return new AsApplicant(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, BenchHttp.PASSWORD)));
    }

    <T> T call(Supplier<T> call) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
