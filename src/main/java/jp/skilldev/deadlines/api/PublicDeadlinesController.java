package jp.skilldev.deadlines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import jp.skilldev.calendar.Deadline;
import jp.skilldev.deadlines.DeadlineRule;
import jp.skilldev.deadlines.FilingWindow;
import jp.skilldev.deadlines.StatutoryDeadlines;
import jp.skilldev.web.InvalidRequestException;
import jp.skilldev.web.SupportedDates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, unauthenticated: "until when may I file?" for each statutory deadline. */
@RestController
class PublicDeadlinesController {

    private final StatutoryDeadlines deadlines;

    PublicDeadlinesController(StatutoryDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeadlineResponse(String rule, LocalDate from, LocalDate earliest, LocalDate nominalDeadline,
                            LocalDate deadline, Deadline.Basis basis) {
    }

    @GetMapping("/api/public/deadlines")
    DeadlineResponse deadline(@RequestParam String rule, @RequestParam LocalDate date) {
        DeadlineRule deadlineRule = parse(rule);
        SupportedDates.check("date", date);
        if (deadlineRule == DeadlineRule.SUBSIDY_PLAN) {
            FilingWindow window = deadlines.subsidyPlanWindow(date);
            Deadline latest = window.latest();
            return new DeadlineResponse(rule, date, window.earliest(), latest.nominal(), latest.effective(), latest.basis());
        }
        Deadline deadline = deadlines.deadline(deadlineRule, date);
        return new DeadlineResponse(rule, date, null, deadline.nominal(), deadline.effective(), deadline.basis());
    }

    private static DeadlineRule parse(String rule) {
        try {
            return DeadlineRule.valueOf(rule);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("rule", "one-of", "'" + rule + "' is not a known rule; allowed: "
                    + Arrays.stream(DeadlineRule.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
