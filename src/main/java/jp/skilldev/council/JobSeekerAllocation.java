package jp.skilldev.council;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The allocation of the Ministry's ceiling for job-seeker support training (求職者支援訓練の訓練認定規模) in a
 * regional training implementation plan (資料6-2): basic and practical courses, the practical course split
 * into fields, and e-learning as a pool shared by the whole practical course (実践コース全体の共有枠).
 *
 * @param ceiling          the Ministry's ceiling (上限), in people
 * @param basic            基礎コース
 * @param practical        実践コース
 * @param practicalFields  the practical course by field (介護系, 医療事務系, デジタル系, その他系), without e-learning
 * @param eLearningPool    ｅラーニング, shared by the practical course
 */
public record JobSeekerAllocation(int ceiling, int basic, int practical, Map<String, Integer> practicalFields,
                                  int eLearningPool) {

    public JobSeekerAllocation {
        Objects.requireNonNull(practicalFields, "practicalFields");
        practicalFields = Collections.unmodifiableMap(new LinkedHashMap<>(practicalFields));
    }

    /** A field's (or the e-learning pool's) share of the practical course, as the plan prints it ("（30％）"). */
    public Ratio shareOfPractical(int places) {
        return Ratio.of(places, practical);
    }

    /** The basic course's share of the ceiling ("25％"). */
    public Ratio basicShare() {
        return Ratio.of(basic, ceiling);
    }

    /** One broken rule: which part of the allocation and why. */
    public record Problem(String part, String message) {
    }

    /** Every broken rule; empty when the allocation may be adopted. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (ceiling <= 0) {
            problems.add(new Problem("ceiling", "the ceiling must be positive"));
        }
        if (basic < 0 || practical < 0 || eLearningPool < 0 || practicalFields.values().stream().anyMatch(v -> v == null || v < 0)) {
            problems.add(new Problem("allocation", "no share may be negative"));
            return problems;
        }
        if (basic + practical != ceiling) {
            problems.add(new Problem("practical", "基礎 " + basic + " + 実践 " + practical + " = " + (basic + practical)
                    + " は上限 " + ceiling + " と一致しません / basic and practical must add up to the ceiling " + ceiling));
        }
        int fields = practicalFields.values().stream().mapToInt(Integer::intValue).sum();
        if (fields + eLearningPool != practical) {
            problems.add(new Problem("practicalFields", "分野別 " + fields + " + ｅラーニング " + eLearningPool + " = "
                    + (fields + eLearningPool) + " は実践コース " + practical + " と一致しません / the fields and the e-learning pool"
                    + " must add up to the practical course " + practical));
        }
        return problems;
    }

    /** Ways unused places (余剰定員) may move between parts of the allocation. */
    public enum Transfer {
        BETWEEN_PRACTICAL_FIELDS, INTO_E_LEARNING, BETWEEN_BASIC_AND_PRACTICAL
    }

    /**
     * May unused places move this way in the given quarter (1–4)? Between practical fields: yes; into
     * e-learning: never; between basic and practical: only in the fourth quarter (資料6-2 ク).
     */
    public static boolean transferAllowed(Transfer transfer, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4");
        }
        return switch (transfer) {
            case BETWEEN_PRACTICAL_FIELDS -> true;
            case INTO_E_LEARNING -> false;
            case BETWEEN_BASIC_AND_PRACTICAL -> quarter == 4;
        };
    }
}
