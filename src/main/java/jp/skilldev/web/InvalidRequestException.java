package jp.skilldev.web;

import java.util.List;

/** Input that is well-formed JSON but breaks a field rule the framework cannot check by itself (400). */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(Problems.describe(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String rule, String message) {
        this(List.of(new FieldError(field, rule, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
