package jp.skilldev.council;

import java.util.List;

/**
 * Whom the working group hears for a course (ヒアリング対象), each with the mandatory questions of the WG
 * rules (seed 001 参考資料1-3, WG 実施要領 4(2)イ).
 */
public enum HearingKind {
    /** 訓練実施機関 — the training provider. */
    PROVIDER("訓練実施機関", "Training provider", List.of(
            "訓練実施にあたって工夫している点 / What it does to make the training work",
            "訓練実施機関が行っているキャリアコンサルティングの状況 / Its career consulting",
            "訓練実施にあたっての国への要望、改善して欲しい点 / Requests to the state")),
    /** 訓練修了者 — a completer of the course. */
    COMPLETER("訓練修了者", "Completer", List.of(
            "訓練内容のうち、就職後に役に立ったもの / What helped after being hired",
            "訓練内容のうち、就職後にあまり活用されなかったもの / What was hardly used",
            "就職後に感じた、訓練で学んでおくべきであったスキル、技能等 / What should have been learnt")),
    /** 訓練修了者を採用した企業 — an employer that hired a completer. */
    EMPLOYER("採用企業", "Hiring employer", List.of(
            "訓練により得られたスキル、技能等のうち、採用後に役に立っているもの / Which skills help",
            "訓練において、より一層習得しておくことが望ましいスキル、技能等 / What should be learnt more",
            "未受講者の採用と比較して期待していること / What it expects compared with untrained hires"));

    private final String japanese;
    private final String english;
    private final List<String> questions;

    HearingKind(String japanese, String english, List<String> questions) {
        this.japanese = japanese;
        this.english = english;
        this.questions = questions;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }

    public List<String> questions() {
        return questions;
    }
}
