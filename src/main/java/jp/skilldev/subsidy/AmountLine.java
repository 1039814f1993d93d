package jp.skilldev.subsidy;

/**
 * One line of the amount breakdown: whose amount ({@code null} for the case as a whole), which rule,
 * the rate applied, the cap and whether it bound, the amount in yen, and the rule data it comes from.
 */
public record AmountLine(String trainee, String rule, String rate, String capApplied, long amountYen, String citation) {

    public String text() {
        return (trainee == null ? "[case]" : "[" + trainee + "]") + " " + rule + ": " + rate
                + (capApplied == null ? "" : "; " + capApplied) + " → " + amountYen + " yen (" + citation + ")";
    }
}
