package jp.skilldev.subsidy;

import java.time.LocalDate;
import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Component;

/**
 * Decides whether an enterprise is an SME (中小企業): capital OR regular employees within the limit
 * of its industry (RULES §2). Decided once, at plan filing; the result is stored with the plan.
 */
@Component
public class SmeClassification {

    public static final String TABLE = "subsidy-sme-limits";

    private final TypedRuleTable<SmeLimits> limits;

    public SmeClassification(RuleBook ruleBook) {
        this.limits = ruleBook.typed(TABLE, SmeLimits.class);
    }

    public SmeDecision classify(Industry industry, long capitalYen, int regularEmployees, LocalDate on) {
        Effective<SmeLimits> effective = limits.on(on);
        SmeLimits.IndustryLimit limit = effective.value().industries().get(industry);
        boolean capitalWithin = capitalYen <= limit.maxCapitalYen();
        boolean employeesWithin = regularEmployees <= limit.maxRegularEmployees();
        String basis = industry + ": capital " + capitalYen + " yen " + (capitalWithin ? "≤" : ">") + " "
                + limit.maxCapitalYen() + ", regular employees " + regularEmployees + " "
                + (employeesWithin ? "≤" : ">") + " " + limit.maxRegularEmployees() + " → "
                + (capitalWithin || employeesWithin ? "SME (either within the limit)" : "large (both above the limit)");
        return new SmeDecision(capitalWithin || employeesWithin ? CompanySize.SME : CompanySize.LARGE, basis,
                effective.citation());
    }
}
