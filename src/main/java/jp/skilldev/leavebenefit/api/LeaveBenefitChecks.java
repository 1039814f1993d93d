package jp.skilldev.leavebenefit.api;

import java.time.LocalDate;
import jp.skilldev.leavebenefit.LeaveBenefitRules;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.SupportedDates;

/** Input checks shared by the module's endpoints. */
final class LeaveBenefitChecks {

    private LeaveBenefitChecks() {
    }

    /** The leave start must be a date the calendar handles and one on which the benefit exists. */
    static void checkLeaveStart(LeaveBenefitRules rules, LocalDate leaveStart) {
        SupportedDates.check("leaveStart", leaveStart);
        if (!rules.coversLeaveStartingOn(leaveStart)) {
            throw new InvalidRequestException("leaveStart", "benefit-not-in-force",
                    "the education training leave benefit does not cover a leave starting on " + leaveStart);
        }
    }
}
