package jp.skilldev.subsidy.process;

import jp.skilldev.subsidy.SubsidyClaims;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the payment instruction (支払指示) of an approved claim, exactly once even if retried. */
@Component("subsidyRecordPaymentInstruction")
class RecordPaymentInstruction implements JavaDelegate {

    private final SubsidyClaims claims;

    RecordPaymentInstruction(SubsidyClaims claims) {
        this.claims = claims;
    }

    @Override
    public void execute(DelegateExecution execution) {
        claims.recordPaymentInstruction(ProcessVariables.claimId(execution));
    }
}
