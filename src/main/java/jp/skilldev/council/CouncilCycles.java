package jp.skilldev.council;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.TypedRuleTable;
import jp.skilldev.web.ConflictException;
import jp.skilldev.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's yearly cycles (process {@code council-annual-cycle}): one per prefecture and fiscal year,
 * its meetings, and the working group's courses and hearings.
 */
@Service
public class CouncilCycles {

    public static final String PROCESS_ID = "council-annual-cycle";
    public static final String TABLE = "council-cycle";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final TypedRuleTable<CycleRules> rules;
    private final Clock clock;

    public CouncilCycles(JdbcTemplate jdbc, RuntimeService runtimeService, RuleBook ruleBook, Clock clock) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.rules = ruleBook.typed(TABLE, CycleRules.class);
        this.clock = clock;
    }

    /** A cycle as stored. */
    public record Cycle(long id, Prefecture prefecture, FiscalYear year, String processInstanceId, LocalDate closedOn) {
    }

    public CycleRules rulesFor(FiscalYear year) {
        return rules.on(year.start()).value();
    }

    public static String businessKey(Prefecture prefecture, FiscalYear year) {
        return "council:" + prefecture.slug() + ":" + year.year();
    }

    /** Starts the cycle of a prefecture's fiscal year; a second start of the same year is refused (409). */
    @Transactional
    public Cycle start(Prefecture prefecture, FiscalYear year) {
        if (find(prefecture, year).isPresent()) {
            throw new ConflictException("council-cycle-exists", "the council cycle of " + prefecture.slug() + " for fiscal year "
                    + year.year() + " has already been started");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into council_cycle (prefecture, fiscal_year, started_at) values (?, ?, ?)", new String[] {"id"});
            statement.setString(1, prefecture.name());
            statement.setInt(2, year.year());
            statement.setTimestamp(3, Timestamp.from(clock.instant()));
            return statement;
        }, key);
        long id = key.getKey().longValue();
        String processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS_ID, businessKey(prefecture, year),
                Variables.createVariables().putValue("cycleId", id).putValue("prefecture", prefecture.slug())
                        .putValue("prefectureName", prefecture.japanese()).putValue("fiscalYear", year.year())
                        .putValue("fiscalYearName", year.japanese())).getId();
        jdbc.update("update council_cycle set process_instance_id = ? where id = ?", processInstanceId, id);
        return new Cycle(id, prefecture, year, processInstanceId, null);
    }

    public Optional<Cycle> find(Prefecture prefecture, FiscalYear year) {
        return jdbc.query("select id, prefecture, fiscal_year, process_instance_id, closed_on from council_cycle "
                + "where prefecture = ? and fiscal_year = ?", (rs, n) -> cycle(rs), prefecture.name(), year.year())
                .stream().findFirst();
    }

    public Cycle get(long cycleId) {
        return jdbc.query("select id, prefecture, fiscal_year, process_instance_id, closed_on from council_cycle where id = ?",
                (rs, n) -> cycle(rs), cycleId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("council cycle", cycleId));
    }

    private static Cycle cycle(ResultSet rs) throws SQLException {
        Date closed = rs.getDate("closed_on");
        return new Cycle(rs.getLong("id"), Prefecture.valueOf(rs.getString("prefecture")), new FiscalYear(rs.getInt("fiscal_year")),
                rs.getString("process_instance_id"), closed == null ? null : closed.toLocalDate());
    }

    /** Records the next meeting of the cycle and returns its number (第N回). */
    @Transactional
    public int recordMeeting(long cycleId, LocalDate heldOn) {
        Integer number = jdbc.queryForObject("select coalesce(max(number), 0) + 1 from council_meeting where cycle_id = ?",
                Integer.class, cycleId);
        jdbc.update("insert into council_meeting (cycle_id, number, held_on) values (?, ?, ?)", cycleId, number,
                Date.valueOf(heldOn));
        return number;
    }

    public List<LocalDate> meetings(long cycleId) {
        return jdbc.query("select held_on from council_meeting where cycle_id = ? order by number",
                (rs, n) -> rs.getDate("held_on").toLocalDate(), cycleId);
    }

    /** Closes the cycle; refused while fewer meetings than the rule's minimum are recorded. */
    @Transactional
    public void close(long cycleId, LocalDate closedOn) {
        Cycle cycle = get(cycleId);
        int held = meetings(cycleId).size();
        CycleRules cycleRules = rulesFor(cycle.year());
        if (!cycleRules.mayClose(held)) {
            throw new ConflictException("council-minimum-meetings", "協議会は年" + cycleRules.minimumMeetings()
                    + "回以上開催が必要です（記録は" + held + "回） / the council must meet at least " + cycleRules.minimumMeetings()
                    + " times a year; " + held + " meeting(s) recorded");
        }
        jdbc.update("update council_cycle set closed_on = ? where id = ?", Date.valueOf(closedOn), cycleId);
    }

    @Transactional
    public long addCourse(long cycleId, String field, String courseName, String provider) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into council_wg_course (cycle_id, field, course_name, provider) values (?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setLong(1, cycleId);
            statement.setString(2, field);
            statement.setString(3, courseName);
            statement.setString(4, provider);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    @Transactional
    public long addHearing(long cycleId, long courseId, HearingKind kind, String interviewee, List<String> answers, LocalDate heldOn) {
        Integer found = jdbc.queryForObject("select count(*) from council_wg_course where id = ? and cycle_id = ?",
                Integer.class, courseId, cycleId);
        if (found == null || found == 0) {
            throw new NotFoundException("working-group course", courseId);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into council_wg_hearing "
                    + "(course_id, kind, interviewee, answer1, answer2, answer3, held_on) values (?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setLong(1, courseId);
            statement.setString(2, kind.name());
            statement.setString(3, interviewee);
            statement.setString(4, answers.get(0));
            statement.setString(5, answers.get(1));
            statement.setString(6, answers.get(2));
            statement.setDate(7, Date.valueOf(heldOn));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** What the working group still lacks before it may report; empty when it may. */
    public List<String> workingGroupMissing(long cycleId) {
        Map<Long, String[]> courses = new LinkedHashMap<>();
        Map<Long, Set<HearingKind>> heard = new LinkedHashMap<>();
        jdbc.query("select id, course_name, provider from council_wg_course where cycle_id = ? order by id", rs -> {
            courses.put(rs.getLong("id"), new String[] {rs.getString("course_name"), rs.getString("provider")});
            heard.put(rs.getLong("id"), EnumSet.noneOf(HearingKind.class));
        }, cycleId);
        jdbc.query("select h.course_id, h.kind from council_wg_hearing h join council_wg_course c on c.id = h.course_id "
                + "where c.cycle_id = ?", rs -> {
            heard.get(rs.getLong("course_id")).add(HearingKind.valueOf(rs.getString("kind")));
        }, cycleId);
        List<WorkingGroupEvidence.Course> evidence = new ArrayList<>();
        courses.forEach((id, c) -> evidence.add(new WorkingGroupEvidence.Course(c[0], c[1], heard.get(id))));
        return WorkingGroupEvidence.missing(rulesFor(get(cycleId).year()).workingGroupMinimumCourses(), evidence);
    }
}
