package jp.skilldev.portal;

import jp.skilldev.security.ApplicantRole;
import jp.skilldev.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The signed-in applicant, for pages that only one role may use. */
@Component
class Applicants {

    private final CurrentUser currentUser;

    Applicants(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The user name if the user has the role; 403 otherwise. */
    String require(ApplicantRole role) {
        if (currentUser.applicantRole().filter(role::equals).isEmpty()) {
            throw new AccessDeniedException("this page is for the role " + role);
        }
        return currentUser.username();
    }
}
