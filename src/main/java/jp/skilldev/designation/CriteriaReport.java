package jp.skilldev.designation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The results of the automatic criteria checks and the rule data they used. Failed checks do not
 * reject an application: they are listed for the reviewer.
 */
public record CriteriaReport(List<CriterionResult> results, String citation) {

    public CriteriaReport {
        results = List.copyOf(results);
    }

    public boolean allMet() {
        return results.stream().allMatch(CriterionResult::met);
    }

    public List<CriterionResult> failed() {
        return results.stream().filter(r -> !r.met()).toList();
    }

    /** One line per check, for the review form: "✔ …" or "✘ …", Japanese then English. */
    public String summary() {
        return results.stream()
                .map(r -> (r.met() ? "✔ " : "✘ ") + r.ja() + " / " + r.en())
                .collect(Collectors.joining("\n"));
    }
}
