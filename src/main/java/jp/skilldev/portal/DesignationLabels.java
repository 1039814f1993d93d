package jp.skilldev.portal;

import jp.skilldev.designation.CourseTier;
import jp.skilldev.designation.DeliveryMode;
import jp.skilldev.designation.DesignationStatus;

/** The words a provider reads for the designation module's codes. */
final class DesignationLabels {

    private DesignationLabels() {
    }

    static Bilingual status(DesignationStatus status) {
        return switch (status) {
            case SUBMITTED -> new Bilingual("受付済み", "Received");
            case IN_REVIEW -> new Bilingual("審査中", "In review");
            case CORRECTION_REQUESTED -> new Bilingual("補正依頼中", "Correction requested");
            case APPROVED -> new Bilingual("指定", "Designated");
            case REJECTED -> new Bilingual("不指定", "Not designated");
            case LAPSED -> new Bilingual("失効（補正期限切れ）", "Lapsed (correction not answered)");
            case WITHDRAWN -> new Bilingual("取下げ", "Withdrawn");
            case EXPIRED -> new Bilingual("指定期間満了", "Designation term ended");
            case RENEWED -> new Bilingual("指定更新済み", "Renewed");
        };
    }

    static Bilingual step(String step) {
        try {
            return status(DesignationStatus.valueOf(step));
        } catch (IllegalArgumentException notAStatus) {
            return switch (step) {
                case "CORRECTION_ANSWERED" -> new Bilingual("補正回答", "Correction answered");
                case "CRITERIA_CHECKED" -> new Bilingual("指定基準の確認", "Criteria checked");
                case "CORRECTION_REMINDED" -> new Bilingual("補正回答の督促", "Correction reminder sent");
                case "RENEWAL_REMINDED" -> new Bilingual("更新申請のご案内", "Renewal reminder sent");
                default -> new Bilingual(step, step);
            };
        }
    }

    static Bilingual tier(CourseTier tier) {
        return switch (tier) {
            case GENERAL -> new Bilingual("一般教育訓練", "General");
            case SPECIFIC_GENERAL -> new Bilingual("特定一般教育訓練", "Specific general");
            case SPECIALIZED_PRACTICAL -> new Bilingual("専門実践教育訓練", "Specialised practical");
        };
    }

    static Bilingual deliveryMode(DeliveryMode mode) {
        return switch (mode) {
            case CLASSROOM -> new Bilingual("通学制", "Classroom");
            case ONLINE -> new Bilingual("オンライン", "Online (live)");
            case CORRESPONDENCE -> new Bilingual("通信制", "Correspondence");
        };
    }

    static Bilingual nextAction(DesignationStatus status) {
        return switch (status) {
            case SUBMITTED, IN_REVIEW -> new Bilingual("審査結果をお待ちください", "Wait for the review");
            case CORRECTION_REQUESTED -> new Bilingual("補正に回答してください", "Answer the correction request");
            case APPROVED -> new Bilingual("指定期間の満了前に更新申請をしてください", "Apply for renewal before the term ends");
            case REJECTED, LAPSED, WITHDRAWN, EXPIRED -> new Bilingual("次の受付期間に改めて申請できます",
                    "You may apply again in a later window");
            case RENEWED -> new Bilingual("対応は不要です", "Nothing to do");
        };
    }
}
