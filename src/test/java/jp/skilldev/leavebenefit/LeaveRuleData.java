package jp.skilldev.leavebenefit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import jp.skilldev.ruledata.Effective;
import jp.skilldev.ruledata.RuleBook;

/** The module's real rule tables, read from the classpath without Spring, for the pure rule tests. */
final class LeaveRuleData {

    static final LocalDate LEAVE_START = LocalDate.of(2026, 4, 1);

    private static final RuleBook BOOK = new RuleBook(List.of(read("leave-basic-allowance"), read("leave-benefit-days"),
            read("leave-eligibility"), read("leave-certification")));

    private LeaveRuleData() {
    }

    private static jp.skilldev.ruledata.RuleTable read(String table) {
        String path = "/ruledata/tables/" + table + ".yaml";
        try (InputStream in = LeaveRuleData.class.getResourceAsStream(path)) {
            return RuleBook.read(path, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Effective<BasicAllowanceRules> basicAllowance() {
        return BOOK.typed("leave-basic-allowance", BasicAllowanceRules.class).on(LEAVE_START);
    }

    static BenefitDaysRules benefitDays() {
        return BOOK.typed("leave-benefit-days", BenefitDaysRules.class).on(LEAVE_START).value();
    }

    static EligibilityRules eligibility() {
        return BOOK.typed("leave-eligibility", EligibilityRules.class).on(LEAVE_START).value();
    }

    static CertificationRules certification() {
        return BOOK.typed("leave-certification", CertificationRules.class).on(LEAVE_START).value();
    }
}
