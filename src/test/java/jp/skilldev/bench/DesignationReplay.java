package jp.skilldev.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.skilldev.designation.CourseFacts;
import jp.skilldev.designation.CourseTier;
import jp.skilldev.designation.DeliveryMode;
import jp.skilldev.designation.DesignationApplications;
import jp.skilldev.designation.DesignationProcess;
import jp.skilldev.platform.EngineClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Course designation's happy path for many applications, through the service the API uses: filed in the
 * October window, checked, approved by a reviewer, reminded of renewal and ended at the end of the term, with
 * both timers fired by moving the engine clock while the job executor runs everything asynchronous.
 */
final class DesignationReplay {

    /** filed, criteria checked, reviewed, designation recorded, renewal timer, renewal reminded, term timer, term ended. */
    static final int STEPS_PER_APPLICATION = 8;

    private static final String PROVIDER = "provider1";
    private static final LocalDate FILED_ON = LocalDate.of(2026, 10, 5);
    private static final Duration TIMEOUT = Duration.ofHours(2);
    private static final int PAGE = 500;

    private final ProcessEngine engine;
    private final DesignationApplications applications;

    DesignationReplay(ProcessEngine engine, DesignationApplications applications) {
        this.engine = engine;
        this.applications = applications;
    }

    Replay.Result run(int count, int clientThreads) {
        Replay.moveClockTo(FILED_ON.atTime(9, 0));
        try {
            long start = System.nanoTime();
            Parallel.run(clientThreads, count, i -> applications.submit(PROVIDER, filing(i)));
            Await.until(engine, count + " review tasks", TIMEOUT, () -> reviewTasks().count() >= count);
            approveAll(clientThreads);
            Await.noDueJobs(engine, DesignationProcess.ID, TIMEOUT);
            fireTimersAndWait("Timer_RenewalWindowOpens", count);
            fireTimersAndWait("Timer_TermEnds", count);
            Await.noInstancesLeft(engine, DesignationProcess.ID, TIMEOUT);
            return new Replay.Result(count, (long) STEPS_PER_APPLICATION * count, (System.nanoTime() - start) / 1e9);
        } finally {
            Replay.resetClock();
        }
    }

    private TaskQuery reviewTasks() {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(DesignationProcess.ID)
                .taskDefinitionKey("Task_ReviewApplication");
    }

    /** A page at a time: the engine bounds unpaged queries (queryMaxResultsLimit). */
    private void approveAll(int clientThreads) {
        for (List<Task> page = reviewTasks().listPage(0, PAGE); !page.isEmpty(); page = reviewTasks().listPage(0, PAGE)) {
            List<Task> reviews = page;
            Parallel.run(clientThreads, reviews.size(), i -> engine.getTaskService()
                    .complete(reviews.get(i).getId(), Map.of("decision", "APPROVE")));
        }
    }

    /** Moves "now" just past the latest of these timers, wakes the job executor and waits until all have run. */
    private void fireTimersAndWait(String timerId, int expected) {
        JobQuery timers = engine.getManagementService().createJobQuery().processDefinitionKey(DesignationProcess.ID)
                .activityId(timerId).timers();
        long found = timers.count();
        if (found != expected) {
            throw new IllegalStateException("expected " + expected + " timers " + timerId + ", found " + found);
        }
        Job latest = timers.orderByJobDuedate().desc().listPage(0, 1).get(0);
        Replay.fire(engine, DesignationProcess.ID, LocalDateTime.ofInstant(latest.getDuedate().toInstant(), EngineClock.TOKYO)
                .plusMinutes(1), TIMEOUT);
    }

    private static DesignationApplications.Filing filing(int i) {
        CourseFacts facts = new CourseFacts(CourseTier.SPECIFIC_GENERAL, 130, 4, DeliveryMode.CLASSROOM,
                "介護職員初任者研修", LocalDate.of(2024, 4, 1), "高橋 一郎", "鈴木 恵");
        return new DesignationApplications.Filing("ベンチマーク講座 / Benchmark course " + i, "介護・福祉", "群馬県",
                98_000, facts);
    }
}
