package jp.skilldev.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** "How much leave benefit would I get?"; the same limits as the public estimate API. */
public class LeaveEstimateForm {

    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Min(value = 15, message = Messages.MIN)
    @Max(value = 120, message = Messages.TOO_LARGE)
    private Integer age;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Min(value = 0, message = Messages.ZERO_OR_MORE)
    @Max(value = 1_000_000_000, message = Messages.TOO_LARGE)
    private Long wagesSixMonthsYen;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @Min(value = 0, message = Messages.ZERO_OR_MORE)
    @Max(value = 60, message = Messages.TOO_LARGE)
    private Integer insuredYears;
    @NotNull(message = Messages.REQUIRED_DATE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leaveStart;

    public Integer getAge() { return age; }
    public void setAge(Integer age) { this.age = age; }
    public Long getWagesSixMonthsYen() { return wagesSixMonthsYen; }
    public void setWagesSixMonthsYen(Long wagesSixMonthsYen) { this.wagesSixMonthsYen = wagesSixMonthsYen; }
    public Integer getInsuredYears() { return insuredYears; }
    public void setInsuredYears(Integer insuredYears) { this.insuredYears = insuredYears; }
    public LocalDate getLeaveStart() { return leaveStart; }
    public void setLeaveStart(LocalDate leaveStart) { this.leaveStart = leaveStart; }
}
