package jp.skilldev.subsidy;

import java.time.LocalDate;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.deadlines.DeadlineRule;
import jp.skilldev.deadlines.FilingWindow;
import jp.skilldev.deadlines.StatutoryDeadlines;
import org.springframework.stereotype.Component;

/** The statutory windows of the subsidy lifecycle, from the shared {@link StatutoryDeadlines}. */
@Component
public class SubsidyDeadlines {

    private final StatutoryDeadlines deadlines;

    public SubsidyDeadlines(StatutoryDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** 訓練計画届の提出期間: from 6 months to 1 month before the training start. */
    public FilingWindow planWindow(LocalDate trainingStart) {
        return deadlines.subsidyPlanWindow(trainingStart);
    }

    public ClaimWindow claimWindow(LocalDate trainingEnd) {
        return new ClaimWindow(trainingEnd.plusDays(1), deadlines.deadline(DeadlineRule.SUBSIDY_CLAIM, trainingEnd));
    }

    /** 賃金要件等の割増分の支給申請期限: 5 months from the day after the qualifying wage was paid. */
    public Deadline premiumClaimDeadline(LocalDate wagePaidOn) {
        return deadlines.deadline(DeadlineRule.SUBSIDY_WAGE_PREMIUM, wagePaidOn);
    }
}
