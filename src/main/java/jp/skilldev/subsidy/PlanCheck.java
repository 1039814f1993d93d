package jp.skilldev.subsidy;

/**
 * One named automatic check of a training plan, for the reviewer: what was checked, whether it
 * passed, the figures it saw, and the rule data it came from.
 */
public record PlanCheck(String name, boolean passed, String detail, String citation) {

    public String line() {
        return (passed ? "OK " : "NG ") + name + ": " + detail + " [" + citation + "]";
    }
}
