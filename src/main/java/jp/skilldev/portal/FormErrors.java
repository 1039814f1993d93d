package jp.skilldev.portal;

import jp.skilldev.web.InvalidRequestException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a lifecycle service's refusal of a field next to that field, or above the form if the form has no such field. */
final class FormErrors {

    private FormErrors() {
    }

    static void apply(BindingResult errors, InvalidRequestException refusal) {
        refusal.errors().forEach(error -> {
            try {
                errors.rejectValue(error.field(), error.rule(), null, error.message());
            } catch (NotReadablePropertyException | IllegalArgumentException notAFieldOfTheForm) {
                errors.reject(error.rule(), error.field() + ": " + error.message());
            }
        });
    }
}
