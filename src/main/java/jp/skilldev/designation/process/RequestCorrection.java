package jp.skilldev.designation.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import jp.skilldev.calendar.DeadlineCalculator;
import jp.skilldev.designation.CorrectionDeadline;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationHistory;
import jp.skilldev.designation.DesignationProcess;
import jp.skilldev.designation.DesignationRuleData;
import jp.skilldev.designation.DesignationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Requests a correction (補正依頼): computes the reply deadline from today under the rule data in
 * force, sets the reminder and lapse timers, and mails the request. The round number keeps each
 * request's mail apart while a retry of the same request mails once.
 */
@Component("requestCorrection")
class RequestCorrection implements JavaDelegate {

    private final ApplicationVariables variables;
    private final DesignationHistory history;
    private final DesignationMailer mailer;
    private final DesignationRuleData ruleData;
    private final DeadlineCalculator calculator;
    private final Clock clock;

    RequestCorrection(ApplicationVariables variables, DesignationHistory history, DesignationMailer mailer,
                      DesignationRuleData ruleData, DeadlineCalculator calculator, Clock clock) {
        this.variables = variables;
        this.history = history;
        this.mailer = mailer;
        this.ruleData = ruleData;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DesignationApplication application = variables.application(execution);
        LocalDate today = LocalDate.now(clock);
        CorrectionDeadline deadline = CorrectionDeadline.of(calculator, ruleData.correctionOn(today).value(), today);
        String request = (String) execution.getVariable(DesignationProcess.REVIEW_COMMENT);
        long round = history.of(application.getId()).stream()
                .filter(s -> s.getStep().equals(DesignationStatus.CORRECTION_REQUESTED.name())).count() + 1;
        application.requestCorrection(request, deadline.reply().effective());
        history.record(application.getId(), DesignationStatus.CORRECTION_REQUESTED.name(),
                "reply by " + deadline.reply().effective() + ": " + request);
        execution.setVariable("correctionRound", round);
        execution.setVariable("correctionDue", deadline.reply().effective().toString());
        execution.setVariable("correctionReminderAt", TimerDates.startOf(deadline.remindOn()));
        execution.setVariable("correctionLapsesAt", TimerDates.startOf(deadline.lapsesOn()));
        mailer.send(application, "correction-requested:" + round, Map.of("request", request,
                "due", deadline.reply().effective(), "basisJa", deadline.reply().basis().ja(),
                "basisEn", deadline.reply().basis().en()));
    }
}
