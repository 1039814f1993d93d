package jp.skilldev.portal;

import jp.skilldev.security.CurrentUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page's header needs: who is signed in (null when nobody is). */
@ControllerAdvice(basePackageClasses = PortalPageModel.class)
class PortalPageModel {

    private final CurrentUser currentUser;

    PortalPageModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute
    void signedIn(Model model) {
        add(model, currentUser);
    }

    static void add(Model model, CurrentUser currentUser) {
        boolean signedIn = currentUser.applicantRole().isPresent() || currentUser.isStaff();
        model.addAttribute("signedInAs", signedIn ? currentUser.username() : null);
    }
}
