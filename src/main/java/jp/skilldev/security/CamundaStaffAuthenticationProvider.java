package jp.skilldev.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Authenticates bureau staff against Camunda's identity service, so that one staff account serves
 * Tasklist, Cockpit, {@code /engine-rest} and the application's staff endpoints.
 */
class CamundaStaffAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaStaffAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || credentials == null
                || !identityService.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF));
        for (Group group : identityService.createGroupQuery().groupMember(username).list()) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group.getId()));
            if (StaffGroups.ADMINS.equals(group.getId())) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
