package jp.skilldev.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security checks the form posted back to {@code /signin} and signs out on POST {@code /signout}. */
@Controller
class SignInController {

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "portal/signin";
    }
}
