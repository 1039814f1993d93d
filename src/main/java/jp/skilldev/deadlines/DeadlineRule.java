package jp.skilldev.deadlines;

import jp.skilldev.calendar.Label;

/**
 * The statutory filing deadlines that the public rules API answers, each with what its date is.
 */
public enum DeadlineRule {
    /** 支給申請 — subsidy payment claim; the date is the training end date (RULES §2). */
    SUBSIDY_CLAIM(new Label("訓練終了日", "training end")),
    /** 賃金要件等の割増分の支給申請 — wage-requirement premium claim; the date is the day the qualifying wage was paid. */
    SUBSIDY_WAGE_PREMIUM(new Label("賃金要件を満たす賃金の支払日", "payment of the qualifying wage")),
    /** 賃金月額証明書の提出 — wage certificate; the date is the first day of leave (RULES §3). */
    LEAVE_WAGE_CERTIFICATE(new Label("休暇開始日", "first day of leave")),
    /** 初回の支給申請 — first benefit application; the date is the first day of leave. */
    LEAVE_INITIAL_APPLICATION(new Label("休暇開始日", "first day of leave")),
    /** 訓練計画届の提出期間 — training plan filing window; the date is the training start date. */
    SUBSIDY_PLAN(new Label("訓練開始日", "training start"));

    private final Label dateLabel;

    DeadlineRule(Label dateLabel) {
        this.dateLabel = dateLabel;
    }

    public Label dateLabel() {
        return dateLabel;
    }
}
