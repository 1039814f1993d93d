package jp.skilldev.portal;

import jp.skilldev.subsidy.ClaimKind;
import jp.skilldev.subsidy.ClaimStatus;
import jp.skilldev.subsidy.Industry;
import jp.skilldev.subsidy.PlanStatus;
import jp.skilldev.subsidy.TrainingKind;
import jp.skilldev.subsidy.WorkerType;

/** The words an employer reads for the subsidy module's codes. */
final class SubsidyLabels {

    private SubsidyLabels() {
    }

    static Bilingual status(PlanStatus status) {
        return switch (status) {
            case UNDER_REVIEW -> new Bilingual("審査中", "Under review");
            case CORRECTION_REQUESTED -> new Bilingual("補正依頼中", "Correction requested");
            case APPROVED -> new Bilingual("受理（訓練実施中）", "Approved (training)");
            case REJECTED -> new Bilingual("不受理", "Rejected");
            case LAPSED -> new Bilingual("失効", "Lapsed");
            case WITHDRAWN -> new Bilingual("取下げ", "Withdrawn");
            case AWAITING_CLAIM -> new Bilingual("支給申請受付中", "Claim window open");
            case CLAIM_FILED -> new Bilingual("支給申請済", "Claim filed");
            case PAID -> new Bilingual("支給決定", "Paid");
            case CLAIM_REJECTED -> new Bilingual("不支給決定", "Claim rejected");
            case CLAIM_PERIOD_EXPIRED -> new Bilingual("申請期限切れ", "Claim period expired");
        };
    }

    static Bilingual nextAction(PlanStatus status) {
        return switch (status) {
            case UNDER_REVIEW -> new Bilingual("審査結果をお待ちください", "Wait for the review");
            case CORRECTION_REQUESTED -> new Bilingual("訓練開始前に計画を補正してください", "Correct the plan before training starts");
            case APPROVED -> new Bilingual("計画どおり訓練を実施してください", "Run the training as planned");
            case AWAITING_CLAIM -> new Bilingual("期限までに支給申請をしてください", "File the payment claim by the deadline");
            case CLAIM_FILED -> new Bilingual("支給決定をお待ちください", "Wait for the decision");
            case PAID, REJECTED, LAPSED, WITHDRAWN, CLAIM_REJECTED, CLAIM_PERIOD_EXPIRED ->
                    new Bilingual("対応は不要です", "Nothing to do");
        };
    }

    static Bilingual claimStatus(ClaimStatus status) {
        return switch (status) {
            case FILED -> new Bilingual("申請受付", "Filed");
            case COMPUTED -> new Bilingual("算定済・審査中", "Computed, in review");
            case APPROVED -> new Bilingual("支給決定", "Approved");
            case REJECTED -> new Bilingual("不支給決定", "Rejected");
        };
    }

    static Bilingual claimKind(ClaimKind kind) {
        return switch (kind) {
            case PAYMENT -> new Bilingual("支給申請", "Payment claim");
            case PREMIUM -> new Bilingual("賃金要件等の割増分の支給申請", "Wage-requirement premium claim");
        };
    }

    static Bilingual trainingKind(TrainingKind kind) {
        return switch (kind) {
            case HUMAN_RESOURCE_DEVELOPMENT -> new Bilingual("人材育成訓練", "Off-JT training");
            case CERTIFIED_WORK_STUDY -> new Bilingual("認定実習併用職業訓練", "Certified work-study");
            case FIXED_TERM_WORK_STUDY -> new Bilingual("有期実習型訓練", "Fixed-term work-study");
        };
    }

    static Bilingual workerType(WorkerType type) {
        return switch (type) {
            case INSURED -> new Bilingual("雇用保険被保険者", "Insured worker");
            case FIXED_TERM -> new Bilingual("有期契約労働者等", "Fixed-term worker");
            case FIXED_TERM_TO_REGULAR -> new Bilingual("有期契約から正規雇用へ転換", "Fixed-term converted to regular");
        };
    }

    static Bilingual industry(Industry industry) {
        return switch (industry) {
            case RETAIL -> new Bilingual("小売業（飲食店を含む）", "Retail");
            case SERVICES -> new Bilingual("サービス業", "Services");
            case WHOLESALE -> new Bilingual("卸売業", "Wholesale");
            case OTHER -> new Bilingual("その他の業種", "Other");
        };
    }
}
