package jp.skilldev.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.skilldev.council.CouncilCycles;
import jp.skilldev.council.CouncilResults;
import jp.skilldev.council.FiscalYear;
import jp.skilldev.council.HearingKind;
import jp.skilldev.council.Prefecture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The regional councils' yearly cycle for the first prefectures, through the services the secretariat's endpoints
 * call and the task service, on the happy path of the council's process test: in March the cycle starts, the plan is
 * adopted with an allocation that adds up and the year's results are imported; the first meeting in October sets the
 * follow-up deadlines, whose reminders fire by moving the engine clock; the materials are published and reported; the
 * working group registers three courses of different providers, each heard with its provider, a completer and a hiring
 * employer, and reports; then the second meeting in February and its follow-ups, and the year closes and starts the
 * next year's cycle, which stays waiting for its plan. What the controllers do besides and the replay leaves out: the
 * staff check, the request's bean validation, {@code SupportedDates} and the count of a hearing's answers, which these
 * inputs pass.
 */
final class CouncilReplay {

    static final String PROCESS = CouncilCycles.PROCESS_ID;
    private static final String SECRETARIAT = "reviewer";
    private static final FiscalYear YEAR = new FiscalYear(2024);
    private static final LocalDateTime PLAN_ADOPTED = LocalDateTime.of(2024, 3, 15, 10, 0);
    private static final LocalDateTime FIRST_MEETING = LocalDateTime.of(2024, 10, 21, 15, 0);
    /** Three days before the follow-ups' deadline: 14 days from 2024-10-22 end on a substitute holiday, so 2024-11-05. */
    private static final LocalDateTime REMINDERS_DUE = LocalDateTime.of(2024, 11, 2, 9, 1);
    private static final LocalDate HEARINGS_HELD_ON = LocalDate.of(2024, 12, 2);
    private static final LocalDateTime SECOND_MEETING = LocalDateTime.of(2025, 2, 20, 14, 0);
    private static final String RESULTS_CSV = """
            type,field,planned,capacity,entrants,students,completers,employed
            disability,合計,50,50,41,41,20,12
            commissioned,介護系,100,80,60,60,50,40
            """;
    private static final String WORKING_GROUP_FIELD = "介護分野";
    private static final List<Course> COURSES = List.of(new Course("介護職員初任者研修科A", "A介護学院"),
            new Course("介護職員初任者研修科B", "B福祉カレッジ"), new Course("介護職員実務者研修科", "C医療専門学校"));
    /** Cycle start and results import, each course and each of its hearings. */
    private static final int CALLS_PER_CYCLE = 2 + COURSES.size() * (1 + HearingKind.values().length);
    /** Plan, results, first meeting and its two follow-ups, hearings, findings, second meeting and its two follow-ups. */
    private static final int TASKS_PER_CYCLE = 10;
    private static final Duration TIMEOUT = Duration.ofHours(2);

    private record Course(String name, String provider) {
    }

    private final ProcessEngine engine;
    private final CouncilCycles cycles;
    private final CouncilResults results;

    CouncilReplay(ProcessEngine engine, CouncilCycles cycles, CouncilResults results) {
        this.engine = engine;
        this.cycles = cycles;
        this.results = results;
    }

    Replay.Result run(int prefectures, int clientThreads) {
        CouncilCycles.Cycle[] year = new CouncilCycles.Cycle[prefectures];
        Replay.moveClockTo(PLAN_ADOPTED);
        try {
            long start = System.nanoTime();
            Parallel.run(clientThreads, prefectures, i -> year[i] = planAndResults(Prefecture.values()[i]));
            Replay.moveClockTo(FIRST_MEETING);
            Parallel.run(clientThreads, prefectures, i -> complete(year[i], "Task_HoldFirstMeeting", Map.of(
                    "meetingDate", FIRST_MEETING.toLocalDate().toString(), "workingGroupField", WORKING_GROUP_FIELD,
                    "policyDraft", "介護分野の応募倍率向上")));
            fireReminders(prefectures);
            Parallel.run(clientThreads, prefectures, i -> {
                publishAndReport(year[i], "FirstMeeting", "2024-11-05");
                workingGroup(year[i]);
            });
            Replay.moveClockTo(SECOND_MEETING);
            Parallel.run(clientThreads, prefectures, i -> {
                complete(year[i], "Task_HoldSecondMeeting", Map.of("meetingDate", SECOND_MEETING.toLocalDate().toString(),
                        "nextPlanSummary", "令和7年度計画"));
                publishAndReport(year[i], "SecondMeeting", "2025-03-03");
            });
            Set<String> instances = Arrays.stream(year).map(CouncilCycles.Cycle::processInstanceId).collect(Collectors.toSet());
            // The closed years have started the next ones, which wait for their plan: only this year's must end.
            Await.until(engine, prefectures + " cycles of fiscal year " + YEAR.year() + " to close", TIMEOUT,
                    () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instances).count() == 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            long jobs = engine.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(PROCESS)
                    .successLog().count();
            return new Replay.Result(prefectures, (long) (CALLS_PER_CYCLE + TASKS_PER_CYCLE) * prefectures + jobs, seconds);
        } finally {
            Replay.resetClock();
        }
    }

    private CouncilCycles.Cycle planAndResults(Prefecture prefecture) {
        CouncilCycles.Cycle cycle = cycles.start(prefecture, YEAR);
        complete(cycle, "Task_AdoptPlan", Map.of("planAdoptedOn", PLAN_ADOPTED.toLocalDate().toString(),
                "planSummary", "計画", "jobSeekerCeiling", 885, "jobSeekerBasic", 220, "jobSeekerPractical", 665,
                "jobSeekerCare", 150, "jobSeekerMedicalOffice", 75, "jobSeekerDigital", 200, "jobSeekerOther", 195,
                "jobSeekerELearning", 45));
        results.importCsv(prefecture, YEAR, RESULTS_CSV, SECRETARIAT);
        complete(cycle, "Task_ImportResults", Map.of());
        return cycle;
    }

    /** Both reminders of the first meeting's follow-ups in every cycle; a timer left over means the date is wrong. */
    private void fireReminders(int prefectures) {
        JobQuery timers = engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS).timers();
        long found = timers.count();
        if (found != 2L * prefectures) {
            throw new IllegalStateException("expected " + 2 * prefectures + " reminder timers, found " + found);
        }
        Replay.fire(engine, PROCESS, REMINDERS_DUE, TIMEOUT);
        if (timers.count() != 0) {
            throw new IllegalStateException(timers.count() + " reminder timers not yet due at " + REMINDERS_DUE);
        }
    }

    private void publishAndReport(CouncilCycles.Cycle cycle, String meeting, String reportedOn) {
        complete(cycle, "Task_PublishMaterials_" + meeting, Map.of("publishedUrl",
                "https://jsite.mhlw.go.jp/" + cycle.prefecture().slug()));
        complete(cycle, "Task_ReportToMinistry_" + meeting, Map.of("reportedOn", reportedOn));
    }

    private void workingGroup(CouncilCycles.Cycle cycle) {
        for (Course course : COURSES) {
            long courseId = cycles.addCourse(cycle.id(), WORKING_GROUP_FIELD, course.name(), course.provider());
            for (HearingKind kind : HearingKind.values()) {
                cycles.addHearing(cycle.id(), courseId, kind, kind + " of " + course.name(), List.of("回答1", "回答2", "回答3"),
                        HEARINGS_HELD_ON);
            }
        }
        complete(cycle, "Task_RecordHearings", Map.of());
        complete(cycle, "Task_ReportWorkingGroupFindings", Map.of("wgWhatWorks", "実例を交えた講義",
                "wgToImprove", "デジタル技術", "wgCurriculumMeasures", "基礎的ITリテラシーを追加"));
    }

    private void complete(CouncilCycles.Cycle cycle, String taskKey, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(cycle.processInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("the cycle of " + cycle.prefecture().slug() + " is not waiting at " + taskKey);
        }
        engine.getTaskService().complete(task.getId(), variables);
    }
}
