package jp.skilldev.designation;

import java.time.LocalDate;
import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Component;

/** The designation rules in force on a given day: criteria (table {@code designation-criteria}) and correction periods. */
@Component
public class DesignationRuleData {

    public static final String CRITERIA = "designation-criteria";
    public static final String CORRECTION = "designation-correction";

    private final TypedRuleTable<DesignationCriteriaRules> criteria;
    private final TypedRuleTable<CorrectionRules> correction;

    public DesignationRuleData(RuleBook ruleBook) {
        this.criteria = ruleBook.typed(CRITERIA, DesignationCriteriaRules.class);
        this.correction = ruleBook.typed(CORRECTION, CorrectionRules.class);
    }

    public DesignationCriteria criteriaOn(LocalDate date) {
        Effective<DesignationCriteriaRules> effective = criteria.on(date);
        return new DesignationCriteria(effective.value(), effective.citation());
    }

    public Effective<CorrectionRules> correctionOn(LocalDate date) {
        return correction.on(date);
    }
}
