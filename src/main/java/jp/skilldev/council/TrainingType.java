package jp.skilldev.council;

import java.util.Arrays;
import java.util.Optional;

/**
 * The training types of the council's results tables (seed 001 資料1-2, 1-3). {@code code} is the
 * value used in CSV files and URLs.
 */
public enum TrainingType {
    /** 公共職業訓練（離職者訓練）施設内訓練 — public training for job leavers, in the provider's own facility. */
    IN_FACILITY("in-facility", "離職者訓練（施設内訓練）", "Job leavers, in-facility"),
    /** 公共職業訓練（離職者訓練）委託訓練 — public training for job leavers, commissioned. */
    COMMISSIONED("commissioned", "離職者訓練（委託訓練）", "Job leavers, commissioned"),
    /** 公共職業訓練（在職者訓練） — training for the employed. */
    IN_SERVICE("in-service", "在職者訓練", "In-service"),
    /** 公共職業訓練（学卒者訓練） — training for school leavers. */
    SCHOOL_LEAVER("school-leaver", "学卒者訓練", "School leavers"),
    /** 公共職業訓練（障害者訓練）委託訓練 — commissioned training for persons with disabilities. */
    DISABILITY("disability", "障害者訓練", "Persons with disabilities"),
    /** 求職者支援訓練 基礎コース — job-seeker support training, basic course. */
    JOB_SEEKER_BASIC("job-seeker-basic", "求職者支援訓練（基礎コース）", "Job-seeker support, basic"),
    /** 求職者支援訓練 実践コース — job-seeker support training, practical course. */
    JOB_SEEKER_PRACTICAL("job-seeker-practical", "求職者支援訓練（実践コース）", "Job-seeker support, practical");

    private final String code;
    private final String japanese;
    private final String english;

    TrainingType(String code, String japanese, String english) {
        this.code = code;
        this.japanese = japanese;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }

    /** By code ("commissioned") or by the Japanese name of the results tables ("離職者訓練（委託訓練）"). */
    public static Optional<TrainingType> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(value) || t.japanese.equals(value)).findFirst();
    }
}
