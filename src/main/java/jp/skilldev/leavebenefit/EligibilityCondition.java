package jp.skilldev.leavebenefit;

/** One eligibility condition of the education training leave benefit, named so that a refusal can cite it. */
public enum EligibilityCondition {
    GENERAL_INSURED_PERSON("一般被保険者であること", "the worker is a general insured person (under the age limit)"),
    ENROLMENT_YEARS("休暇開始前に必要な雇用保険の加入期間があること", "enough years of employment-insurance enrolment"),
    INSURED_MONTHS("休暇開始前の一定期間に必要な被保険者期間があること", "enough insured months in the years before the leave"),
    UNPAID_LEAVE("無給の休暇であること", "the leave is unpaid"),
    OWN_INITIATIVE("本人の意思により就業規則等に基づき取得する休暇であること",
            "the leave is taken on the worker's own initiative under the work rules"),
    NOT_BUSINESS_ORDER("業務命令によらないこと", "the leave is not a business order"),
    LEAVE_LENGTH("休暇期間が必要な日数以上であること", "the leave lasts long enough"),
    NO_PLANNED_DISMISSAL("解雇等が予定されていないこと", "no dismissal of the worker is planned");

    private final String ja;
    private final String en;

    EligibilityCondition(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }
}
