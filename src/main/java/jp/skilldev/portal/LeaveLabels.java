package jp.skilldev.portal;

import jp.skilldev.leavebenefit.CaseStatus;
import jp.skilldev.leavebenefit.PeriodStatus;

/** The words an employer or a worker reads for the leave-benefit module's codes. */
final class LeaveLabels {

    private LeaveLabels() {
    }

    static Bilingual status(CaseStatus status) {
        return switch (status) {
            case AWAITING_WAGE_CERTIFICATE -> new Bilingual("賃金月額証明書の提出待ち", "Waiting for the wage certificate");
            case AWAITING_INITIAL_APPLICATION -> new Bilingual("初回の支給申請待ち", "Waiting for the first application");
            case AWAITING_DECISION -> new Bilingual("受給資格の審査中", "Eligibility in review");
            case RECEIVING -> new Bilingual("受給中", "Receiving the benefit");
            case NOT_ELIGIBLE -> new Bilingual("不支給（受給資格なし）", "Not eligible");
            case CLOSED -> new Bilingual("終了（手続き未了）", "Closed");
            case ENDED -> new Bilingual("支給終了", "Benefit ended");
        };
    }

    static Bilingual period(PeriodStatus status) {
        return switch (status) {
            case AWAITING_DECLARATION -> new Bilingual("認定申告待ち", "Waiting for the declaration");
            case DECLARED -> new Bilingual("申告済み・認定待ち", "Declared, waiting for certification");
            case PAID -> new Bilingual("支給済み", "Paid");
            case UNPAID_NO_DECLARATION -> new Bilingual("不支給（申告なし）", "Unpaid (no declaration)");
            case NOT_CERTIFIED -> new Bilingual("不支給（不認定）", "Unpaid (not certified)");
        };
    }
}
