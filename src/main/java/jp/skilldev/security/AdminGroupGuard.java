package jp.skilldev.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to run while Camunda's administrators' group has no direct member: CVE-2026-77226 lets an
 * unauthenticated caller create an administrator through the first-run setup in that state. The
 * setup endpoint is also denied at the HTTP layer; this guard is the second line.
 */
@Component
public class AdminGroupGuard {

    private final IdentityService identityService;

    public AdminGroupGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void verify() {
        long directMembers = identityService.createUserQuery().memberOfGroup(StaffGroups.ADMINS).count();
        if (directMembers == 0) {
            throw new IllegalStateException("The Camunda group '" + StaffGroups.ADMINS
                    + "' has no direct member; set camunda.bpm.admin-user (APP_ADMIN_PASSWORD) so that an administrator exists");
        }
    }
}
