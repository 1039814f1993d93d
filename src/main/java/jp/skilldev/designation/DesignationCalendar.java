package jp.skilldev.designation;

import java.time.LocalDate;
import jp.skilldev.calendar.AdministrativeCalendar;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.TypedRuleTable;
import org.springframework.stereotype.Component;

/** The designation schedule under the window rules in force on a given day (table {@code designation-windows}). */
@Component
public class DesignationCalendar {

    public static final String TABLE = "designation-windows";

    private final TypedRuleTable<DesignationWindowRules> windows;
    private final AdministrativeCalendar calendar;

    public DesignationCalendar(RuleBook ruleBook, AdministrativeCalendar calendar) {
        this.windows = ruleBook.typed(TABLE, DesignationWindowRules.class);
        this.calendar = calendar;
    }

    public DesignationSchedule scheduleOn(LocalDate date) {
        return new DesignationSchedule(windows.on(date).value(), calendar);
    }
}
