package jp.skilldev.designation.process;

import jp.skilldev.designation.DesignationProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete the review without a valid decision, and a rejection or a correction request
 * without the reasons the provider must be given (RULES §1: reject with reasons). The completion
 * fails and its message, which Tasklist shows, says what is missing.
 */
@Component("validateReviewDecision")
class ValidateReviewDecision implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(DesignationProcess.DECISION);
        ReviewDecision decision = value == null ? null : ReviewDecision.parse(value.toString());
        if (decision == null) {
            throw new BadUserRequestException("審査結果を選択してください / decision must be one of APPROVE, REJECT, REQUEST_CORRECTION");
        }
        Object comment = task.getVariable(DesignationProcess.REVIEW_COMMENT);
        if (decision != ReviewDecision.APPROVE && (comment == null || comment.toString().isBlank())) {
            throw new BadUserRequestException("不指定・補正依頼には理由の記載が必要です / " + decision + " requires a reviewComment giving the reasons");
        }
    }
}
