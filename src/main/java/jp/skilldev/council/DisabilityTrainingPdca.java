package jp.skilldev.council;

import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Component;

/** The PDCA grade under the rules in force for the evaluated fiscal year (table {@code council-pdca}). */
@Component
public class DisabilityTrainingPdca {

    public static final String TABLE = "council-pdca";

    private final TypedRuleTable<PdcaRules> rules;

    public DisabilityTrainingPdca(RuleBook ruleBook) {
        this.rules = ruleBook.typed(TABLE, PdcaRules.class);
    }

    public Effective<PdcaRules> rulesFor(FiscalYear evaluatedYear) {
        return rules.on(evaluatedYear.start());
    }

    public DisabilityTrainingGrade.PdcaEvaluation evaluate(FiscalYear evaluatedYear, long planned, long trained,
                                                           Ratio employment, PdcaGrade previousGrade) {
        return DisabilityTrainingGrade.evaluate(rulesFor(evaluatedYear).value(), planned, trained, employment, previousGrade);
    }
}
