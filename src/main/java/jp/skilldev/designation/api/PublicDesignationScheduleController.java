package jp.skilldev.designation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import jp.skilldev.designation.ApplicationWindow;
import jp.skilldev.designation.DesignationCalendar;
import jp.skilldev.designation.DesignationSchedule;
import jp.skilldev.web.SupportedDates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, unauthenticated: is an application accepted on this day, and from when would it be designated? */
@RestController
class PublicDesignationScheduleController {

    private final DesignationCalendar designationCalendar;

    PublicDesignationScheduleController(DesignationCalendar designationCalendar) {
        this.designationCalendar = designationCalendar;
    }

    /** {@code closes} is the published last day; {@code lastFilingDay} is that day moved past administrative holidays. */
    record WindowView(String name, LocalDate opens, LocalDate closes, LocalDate lastFilingDay, LocalDate designatedFrom) {

        static WindowView of(ApplicationWindow window, LocalDate lastFilingDay) {
            return new WindowView(window.name(), window.opens(), window.closes(), lastFilingDay, window.designatedFrom());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScheduleResponse(boolean accepted, LocalDate applicationDate, WindowView window, LocalDate designatedFrom,
                            LocalDate designatedUntil, WindowView nextWindow) {
    }

    @GetMapping("/api/public/designation/schedule")
    ScheduleResponse schedule(@RequestParam LocalDate applicationDate) {
        SupportedDates.check("applicationDate", applicationDate);
        DesignationSchedule.Decision decision = designationCalendar.scheduleOn(applicationDate).forApplicationOn(applicationDate);
        if (decision instanceof DesignationSchedule.Accepted accepted) {
            return new ScheduleResponse(true, applicationDate, WindowView.of(accepted.window(), accepted.lastFilingDay()),
                    accepted.designatedFrom(), accepted.designatedUntil(), null);
        }
        DesignationSchedule.Refused refused = (DesignationSchedule.Refused) decision;
        return new ScheduleResponse(false, applicationDate, null, null, null,
                WindowView.of(refused.nextWindow(), refused.nextWindowLastFilingDay()));
    }
}
