package jp.skilldev.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A domain refusal (422): the request is valid, but a rule forbids it now, e.g. a filing outside
 * its window. Carries the rule's name and the dates that apply, so that the applicant knows what to
 * do instead.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final String title;
    private final Map<String, Object> properties;

    public RuleViolationException(String rule, String title, String detail, Map<String, ?> properties) {
        super(detail);
        this.rule = rule;
        this.title = title;
        this.properties = new LinkedHashMap<>(properties);
    }

    public String rule() {
        return rule;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
