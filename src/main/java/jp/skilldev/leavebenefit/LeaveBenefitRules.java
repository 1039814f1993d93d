package jp.skilldev.leavebenefit;

import java.time.LocalDate;
import java.util.OptionalInt;
import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.RuleDataException;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Component;

/**
 * The rules of the education training leave benefit under the rule data in force on the first day of
 * leave. The public estimator and the process both compute through here.
 */
@Component
public class LeaveBenefitRules {

    public static final String BASIC_ALLOWANCE = "leave-basic-allowance";
    public static final String BENEFIT_DAYS = "leave-benefit-days";
    public static final String ELIGIBILITY = "leave-eligibility";
    public static final String CERTIFICATION = "leave-certification";

    private final TypedRuleTable<BasicAllowanceRules> basicAllowance;
    private final TypedRuleTable<BenefitDaysRules> benefitDays;
    private final TypedRuleTable<EligibilityRules> eligibility;
    private final TypedRuleTable<CertificationRules> certification;

    public LeaveBenefitRules(RuleBook ruleBook) {
        this.basicAllowance = ruleBook.typed(BASIC_ALLOWANCE, BasicAllowanceRules.class);
        this.benefitDays = ruleBook.typed(BENEFIT_DAYS, BenefitDaysRules.class);
        this.eligibility = ruleBook.typed(ELIGIBILITY, EligibilityRules.class);
        this.certification = ruleBook.typed(CERTIFICATION, CertificationRules.class);
    }

    /** Whether the benefit exists for a leave starting on this day (it is in force since October 2025). */
    public boolean coversLeaveStartingOn(LocalDate leaveStart) {
        try {
            eligibility.on(leaveStart);
            basicAllowance.on(leaveStart);
            return true;
        } catch (RuleDataException e) {
            return false;
        }
    }

    public EligibilityRules eligibility(LocalDate leaveStart) {
        return eligibility.on(leaveStart).value();
    }

    public Eligibility.Result checkEligibility(Eligibility.Facts facts) {
        return Eligibility.check(eligibility(facts.leaveStart()), facts);
    }

    public DailyAmount dailyAmount(LocalDate leaveStart, int ageAtLeaveStart, long wagesSixMonthsYen) {
        Effective<BasicAllowanceRules> rules = basicAllowance.on(leaveStart);
        return DailyAmount.calculate(rules, ageAtLeaveStart, wagesSixMonthsYen);
    }

    public OptionalInt benefitDays(LocalDate leaveStart, int enrolmentYears) {
        return benefitDays.on(leaveStart).value().daysFor(enrolmentYears);
    }

    /**
     * The daily amount and benefit days for a worker who meets the conditions of age and enrolment.
     *
     * @throws IllegalArgumentException when the age or the years are outside the rule data
     */
    public BenefitTerms terms(LocalDate leaveStart, int ageAtLeaveStart, long wagesSixMonthsYen, int enrolmentYears) {
        int days = benefitDays(leaveStart, enrolmentYears).orElseThrow(() ->
                new IllegalArgumentException("no benefit days for " + enrolmentYears + " years of enrolment"));
        return new BenefitTerms(dailyAmount(leaveStart, ageAtLeaveStart, wagesSixMonthsYen), days);
    }

    /** The public estimate, through the same rules as the eligibility decision of the process. */
    public LeaveBenefitEstimate estimate(LocalDate leaveStart, int ageAtLeaveStart, long wagesSixMonthsYen, int enrolmentYears) {
        Eligibility.Result person = Eligibility.checkPerson(eligibility(leaveStart), ageAtLeaveStart, enrolmentYears);
        BenefitTerms terms = person.eligible() ? terms(leaveStart, ageAtLeaveStart, wagesSixMonthsYen, enrolmentYears) : null;
        return new LeaveBenefitEstimate(person.failed(), terms, certification(leaveStart).periodDays());
    }

    public CertificationRules certification(LocalDate leaveStart) {
        return certification.on(leaveStart).value();
    }

    public CertificationPeriods periods(LocalDate leaveStart, LocalDate leaveLastDay) {
        return new CertificationPeriods(certification(leaveStart), leaveStart, leaveLastDay);
    }
}
