package jp.skilldev.council;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the effect-verification working group still lacks before it may report (RULES §4; seed 001 WG
 * 実施要領 4(1)): at least the minimum number of courses of the chosen field, each run by a different
 * provider, and for each course a hearing with the provider, at least one completer and at least one
 * hiring employer. Hearings are stored only with every mandatory question answered.
 */
public final class WorkingGroupEvidence {

    private WorkingGroupEvidence() {
    }

    /** A course under verification and the kinds of hearing held for it. */
    public record Course(String name, String provider, Set<HearingKind> heard) {
    }

    /** Each missing item as one sentence, Japanese first; empty when the working group may report. */
    public static List<String> missing(int minimumCourses, List<Course> courses) {
        List<String> missing = new ArrayList<>();
        long providers = courses.stream().map(c -> c.provider().strip()).distinct().count();
        if (courses.size() < minimumCourses) {
            missing.add("検証対象コースが" + courses.size() + "コースです。" + minimumCourses + "コース以上が必要です / "
                    + courses.size() + " course(s) registered; at least " + minimumCourses + " are needed");
        }
        if (providers < courses.size()) {
            missing.add("検証対象コースは異なる訓練実施機関のものとしてください / each course must be run by a different provider");
        }
        for (Course course : courses) {
            Set<HearingKind> lacking = EnumSet.allOf(HearingKind.class);
            lacking.removeAll(course.heard());
            for (HearingKind kind : lacking) {
                missing.add("コース「" + course.name() + "」: " + kind.japanese() + "のヒアリングがありません / course '"
                        + course.name() + "': no hearing with the " + kind.english().toLowerCase());
            }
        }
        return missing;
    }
}
