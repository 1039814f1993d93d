package jp.skilldev.subsidy.process;

import jp.skilldev.subsidy.Claim;
import jp.skilldev.subsidy.SubsidyClaims;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the claim review's decision ({@code APPROVE | REJECT}) and the amount decided. */
@Component("subsidyRecordClaimDecision")
class RecordClaimDecision implements JavaDelegate {

    private final SubsidyClaims claims;

    RecordClaimDecision(SubsidyClaims claims) {
        this.claims = claims;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean approved = "APPROVE".equals(execution.getVariable("claimDecision"));
        Claim claim = claims.decide(ProcessVariables.claimId(execution), approved);
        execution.setVariable("claimTotalYen", approved ? claim.getTotalYen() : 0L);
        if (approved) {
            StringBuilder text = new StringBuilder();
            claims.lines(claim).forEach(line -> text.append(line.text()).append('\n'));
            execution.setVariable("claimBreakdownText", text.toString());
        }
    }
}
