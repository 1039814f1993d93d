package jp.skilldev.council;

/**
 * The two categories by which the council singles out training fields (seed 001 資料3, 令和８年度の公的職業訓練の
 * 実施方針（案）: 応募倍率が低く就職率が高い分野 / 応募倍率が高く就職率が低い分野).
 */
public enum FieldFlag {
    /** 応募倍率が低く、就職率が高い分野 — few applicants, but those trained find work (seed: 介護・医療・福祉分野). */
    LOW_APPLICATIONS_HIGH_EMPLOYMENT("応募倍率が低く、就職率が高い分野", "Few applications, high employment"),
    /** 応募倍率が高く、就職率が低い分野 — popular, but those trained find little work (seed: IT分野・デザイン分野). */
    HIGH_APPLICATIONS_LOW_EMPLOYMENT("応募倍率が高く、就職率が低い分野", "Many applications, low employment");

    private final String japanese;
    private final String english;

    FieldFlag(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }
}
