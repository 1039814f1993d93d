package jp.skilldev.leavebenefit.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The request bodies of {@code /api/leave-benefits}. */
final class LeaveBenefitRequests {

    private LeaveBenefitRequests() {
    }

    /** The employer's filing; {@code monthlyWagesYen} (the six months before the leave) may follow later. */
    record FileLeave(
            @NotBlank String workerUsername,
            @NotNull LocalDate leaveStart,
            @NotNull LocalDate plannedLastDay,
            @NotNull Boolean unpaid,
            @NotNull Boolean ownInitiativeUnderWorkRules,
            @NotNull Boolean businessOrder,
            @NotNull Boolean dismissalPlanned,
            @NotNull @Min(15) @Max(120) Integer workerAgeAtLeaveStart,
            @NotNull @Min(0) @Max(60) Integer enrolmentYears,
            @NotNull @Min(0) @Max(24) Integer insuredMonthsInLastTwoYears,
            @Size(min = 6, max = 6) List<@NotNull @Min(0) @Max(100_000_000) Long> monthlyWagesYen) {
    }

    /** The wage certificate (賃金月額証明書): the wages of each of the six months before the leave. */
    record WageCertificate(@NotNull @Size(min = 6, max = 6) List<@NotNull @Min(0) @Max(100_000_000) Long> monthlyWagesYen) {
    }

    /** The worker's declaration (認定申告) for one period. */
    record Declaration(@NotNull Boolean trainingAttended, @NotNull @Min(0) @Max(366) Integer daysWorkedOrPaid) {
    }

    record ReturnToWork(@NotNull LocalDate returnDate) {
    }

    static long sum(List<Long> wages) {
        return wages.stream().mapToLong(Long::longValue).sum();
    }
}
