package jp.skilldev.web;

/** A request that clashes with the current state of a record (409), e.g. a second open application. */
public class ConflictException extends RuntimeException {

    private final String rule;

    public ConflictException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
