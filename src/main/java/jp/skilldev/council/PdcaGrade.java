package jp.skilldev.council;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grade of the disability commissioned training PDCA evaluation (障害者委託訓練 PDCA 評価):
 * execution of the plan (high/low) crossed with the employment rate (target achieved or not), each
 * cell split once more by a higher or lower employment band (RULES §4).
 */
public enum PdcaGrade {
    A_PLUS("A+"), A("A"), B_PLUS("B+"), B("B"), C("C"), C_MINUS("C-"), D("D"), D_MINUS("D-");

    private final String label;

    PdcaGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The minus grades: two of them in consecutive years trigger a Ministry hearing. */
    public boolean isMinus() {
        return this == C_MINUS || this == D_MINUS;
    }

    /** Reads "A+", "C-" and also the typographic minus "C−" used in the Ministry's tables. */
    public static Optional<PdcaGrade> ofLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().replace('\u2212', '-').replace('\uFF0B', '+').replace('\uFF0D', '-');
        return Arrays.stream(values()).filter(g -> g.label.equalsIgnoreCase(normalised)).findFirst();
    }
}
