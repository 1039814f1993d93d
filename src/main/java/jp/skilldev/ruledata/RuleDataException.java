package jp.skilldev.ruledata;

/** Rule data that is malformed, overlapping, gapped, or silent on the date asked about. */
public class RuleDataException extends RuntimeException {

    public RuleDataException(String message) {
        super(message);
    }

    public RuleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
