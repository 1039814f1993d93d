package jp.skilldev.designation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.skilldev.designation.CriterionResult.Criterion;

/**
 * The designation criteria (指定基準, RULES §1, seed 001 資料5) that can be checked from an
 * application: a track record of at least one business year (1事業年度以上の事業実績), a facility
 * manager and a complaints officer (施設管理者、苦情受付者), and the conditions of the course's tier.
 * Pure: facts, rule data and the application date in, results with their reasons out.
 */
public final class DesignationCriteria {

    private final DesignationCriteriaRules rules;
    private final String citation;

    public DesignationCriteria(DesignationCriteriaRules rules, String citation) {
        this.rules = rules;
        this.citation = citation;
    }

    public CriteriaReport check(CourseFacts facts, LocalDate applicationDate) {
        DesignationCriteriaRules.TierConditions tier = rules.tiers().get(facts.tier());
        List<CriterionResult> results = new ArrayList<>();
        results.add(trackRecord(facts.trackRecordSince(), applicationDate));
        results.add(named(Criterion.FACILITY_MANAGER, facts.facilityManager(), "施設管理者", "facility manager"));
        results.add(named(Criterion.COMPLAINTS_OFFICER, facts.complaintsOfficer(), "苦情受付者", "complaints officer"));
        results.add(trainingHours(facts, tier));
        results.add(duration(facts, tier));
        results.add(deliveryMode(facts, tier));
        results.add(targetQualification(facts, tier));
        return new CriteriaReport(results, citation);
    }

    /** The course must have run for the whole period by the application date: since 2025-10-05 + 12 months ≤ 2026-10-05. */
    private CriterionResult trackRecord(LocalDate since, LocalDate applicationDate) {
        int months = rules.minTrackRecordMonths();
        LocalDate completedOn = since.plusMonths(months);
        boolean met = !completedOn.isAfter(applicationDate);
        return new CriterionResult(Criterion.TRACK_RECORD, met,
                "事業実績: " + since + " から" + (met ? "" : "申請日 " + applicationDate + " までに") + months + "か月"
                        + (met ? "以上（基準 " + months + "か月以上）" : "に満たない（" + completedOn + " に達する）"),
                "track record since " + since + (met ? " covers " : " does not yet cover ") + months
                        + " months on the application date " + applicationDate
                        + (met ? "" : " (reached on " + completedOn + ")"));
    }

    private static CriterionResult named(Criterion criterion, String person, String ja, String en) {
        boolean met = person != null && !person.isBlank();
        return new CriterionResult(criterion, met,
                ja + (met ? ": " + person.strip() : " が未記載"),
                en + (met ? ": " + person.strip() : " not named"));
    }

    private static CriterionResult trainingHours(CourseFacts facts, DesignationCriteriaRules.TierConditions tier) {
        boolean met = facts.trainingHours() >= tier.minTrainingHours();
        return new CriterionResult(Criterion.TRAINING_HOURS, met,
                "訓練時間 " + facts.trainingHours() + " 時間（" + facts.tier() + " は " + tier.minTrainingHours() + " 時間以上）",
                "training hours " + facts.trainingHours() + (met ? " meet" : " fall short of") + " the "
                        + facts.tier() + " minimum of " + tier.minTrainingHours());
    }

    private static CriterionResult duration(CourseFacts facts, DesignationCriteriaRules.TierConditions tier) {
        boolean met = facts.durationMonths() >= tier.minDurationMonths() && facts.durationMonths() <= tier.maxDurationMonths();
        return new CriterionResult(Criterion.DURATION, met,
                "訓練期間 " + facts.durationMonths() + " か月（" + facts.tier() + " は " + tier.minDurationMonths() + "〜"
                        + tier.maxDurationMonths() + " か月）",
                "duration " + facts.durationMonths() + " months" + (met ? " is within" : " is outside") + " the "
                        + facts.tier() + " range of " + tier.minDurationMonths() + "–" + tier.maxDurationMonths() + " months");
    }

    private static CriterionResult deliveryMode(CourseFacts facts, DesignationCriteriaRules.TierConditions tier) {
        boolean met = tier.deliveryModes().contains(facts.deliveryMode());
        return new CriterionResult(Criterion.DELIVERY_MODE, met,
                "実施方法 " + facts.deliveryMode() + (met ? " は " : " は認められない（") + facts.tier()
                        + (met ? " で可" : " は " + tier.deliveryModes() + "）"),
                "delivery mode " + facts.deliveryMode() + (met ? " is allowed" : " is not allowed") + " for "
                        + facts.tier() + " " + tier.deliveryModes());
    }

    private static CriterionResult targetQualification(CourseFacts facts, DesignationCriteriaRules.TierConditions tier) {
        boolean named = facts.targetQualification() != null && !facts.targetQualification().isBlank();
        boolean met = named || !tier.targetQualificationRequired();
        String what = named ? facts.targetQualification().strip() : "—";
        return new CriterionResult(Criterion.TARGET_QUALIFICATION, met,
                "目標資格: " + what + (met ? "" : "（" + facts.tier() + " は目標資格の記載が必要）"),
                "target qualification: " + what + (met ? "" : " (required for " + facts.tier() + ")"));
    }
}
