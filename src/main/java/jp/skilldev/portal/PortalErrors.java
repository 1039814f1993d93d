package jp.skilldev.portal;

import jp.skilldev.security.CurrentUser;
import jp.skilldev.web.ConflictException;
import jp.skilldev.web.NotFoundException;
import jp.skilldev.web.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The portal answers with pages, not problem+json: someone else's case is "not found" (so ids leak
 * nothing), a page for another role is "forbidden", a step the case does not allow now is "refused"
 * with the reason. Ordered before the API's handler.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private final CurrentUser currentUser;

    PortalErrors(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        PortalPageModel.add(model, currentUser);
        return "portal/not-found";
    }

    /** A step the case no longer allows (e.g. withdrawing a decided application): say so on a page, keep the case. */
    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        return refused(model, e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    String ruleViolation(RuleViolationException e, Model model) {
        return refused(model, e.title() + " — " + e.getMessage());
    }

    private String refused(Model model, String reason) {
        PortalPageModel.add(model, currentUser);
        model.addAttribute("reason", reason);
        return "portal/refused";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        PortalPageModel.add(model, currentUser);
        return "portal/forbidden";
    }
}
