package jp.skilldev.designation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import jp.skilldev.security.DemoAccounts;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local demo only ({@code app.demo.data}): the public register starts with courses that were
 * designated before the system went live, as a migration from the old register would bring them.
 * They carry no process instance; their term is what the register shows.
 */
@Component
@ConditionalOnProperty(name = "app.demo.data", havingValue = "true")
class DesignatedCoursesDemoData implements SmartInitializingSingleton {

    private record Course(String provider, String providerName, String course, String tier, String field,
                          String prefecture, int hours, int months, String mode, String qualification, long fee,
                          LocalDate designatedFrom) {
    }

    private static final List<Course> COURSES = List.of(
            new Course("provider1", "株式会社みらい職業スクール", "日商簿記2級 速習講座", "GENERAL", "事務・会計",
                    "群馬県", 60, 3, "CLASSROOM", "日商簿記検定2級", 66000, LocalDate.of(2025, 4, 1)),
            new Course("provider1", "株式会社みらい職業スクール", "介護福祉士実務者研修", "SPECIFIC_GENERAL", "介護・福祉",
                    "群馬県", 450, 6, "CLASSROOM", "介護福祉士実務者研修", 148000, LocalDate.of(2025, 10, 1)),
            new Course("provider2", "学校法人あおば学園", "看護師養成課程（3年）", "SPECIALIZED_PRACTICAL", "医療",
                    "栃木県", 3000, 36, "CLASSROOM", "看護師", 1800000, LocalDate.of(2026, 4, 1)));

    private final JdbcTemplate jdbc;
    private final DesignationCalendar calendar;
    private final Clock clock;
    private final DemoAccounts demoAccounts;

    DesignatedCoursesDemoData(JdbcTemplate jdbc, DesignationCalendar calendar, Clock clock, DemoAccounts demoAccounts) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.demoAccounts = demoAccounts;
    }

    /** Before the first request; only into an empty register, and after the providers' accounts exist. */
    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        demoAccounts.ensureDemoAccounts();
        Integer existing = jdbc.queryForObject("select count(*) from designation_application", Integer.class);
        if (existing == null || existing > 0) {
            return;
        }
        for (Course c : COURSES) {
            DesignationSchedule schedule = calendar.scheduleOn(c.designatedFrom());
            ApplicationWindow window = schedule.renewalWindowFor(c.designatedFrom().minusDays(1)).orElseThrow();
            jdbc.update("""
                    insert into designation_application (provider_username, provider_name, course_name, tier, field,
                        prefecture, training_hours, duration_months, delivery_mode, target_qualification, fee_yen,
                        track_record_since, facility_manager, complaints_officer, status, submitted_on, window_name,
                        window_opens, window_closes, last_filing_day, designated_from, designated_until,
                        criteria_all_met, criteria_summary)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, true, ?)""",
                    c.provider(), c.providerName(), c.course(), c.tier(), c.field(), c.prefecture(), c.hours(),
                    c.months(), c.mode(), c.qualification(), c.fee(), window.opens().minusYears(2), "施設 管理者",
                    "苦情 受付者", window.opens().plusDays(3), window.name(), window.opens(), window.closes(),
                    schedule.lastFilingDay(window), c.designatedFrom(), schedule.designatedUntil(c.designatedFrom()),
                    "移行データ / migrated from the previous register");
            jdbc.update("""
                    insert into designation_step (application_id, step, occurred_on, occurred_at, note)
                    values (currval('designation_application_id_seq'), 'APPROVED', ?, ?, ?)""",
                    window.closes().plusDays(60), Timestamp.from(clock.instant()), "移行データ / migrated");
        }
    }
}
