package jp.skilldev.council.process;

import jp.skilldev.council.CouncilResults;
import jp.skilldev.council.CouncilResults.CouncilCheck;
import jp.skilldev.council.FiscalYear;
import jp.skilldev.council.Prefecture;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Check (第1回協議会の資料): are the year's results in, and what is the disability training PDCA grade? */
@Component("councilCheckResults")
class CheckResults implements JavaDelegate {

    private final CouncilResults councilResults;

    CheckResults(CouncilResults councilResults) {
        this.councilResults = councilResults;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Prefecture prefecture = Prefecture.ofSlug((String) execution.getVariable("prefecture")).orElseThrow();
        FiscalYear year = new FiscalYear((Integer) execution.getVariable("fiscalYear"));
        CouncilCheck check = councilResults.check(prefecture, year).orElse(null);
        execution.setVariable("resultsImported", check != null);
        if (check != null && check.disabilityPdca() != null) {
            execution.setVariable("pdcaGrade", check.disabilityPdca().grade().label());
            execution.setVariable("pdcaNextPlanChangePercent", check.disabilityPdca().nextPlanChangePercent().toPlainString());
            execution.setVariable("pdcaImprovementPlanRequired", check.disabilityPdca().improvementPlanRequired());
            execution.setVariable("pdcaMinistryHearing", check.disabilityPdca().ministryHearing());
        }
    }
}
