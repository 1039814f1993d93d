package jp.skilldev.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The leave benefit's happy path for many workers, through the HTTP API: 150 days of unpaid leave filed by the
 * employer with the wages, the worker's first application on day 3, eligibility decided by an officer, then for
 * each of the five 30-day periods: the period closes (timer), the worker declares, an officer certifies, the payment
 * is recorded and mailed; the case ends with the leave. The shape of the leave benefit's process test.
 */
final class LeaveBenefitReplay {

    static final String PROCESS = "education-leave-benefit";
    private static final String EMPLOYER = "employer1";
    private static final String WORKER = "worker1";
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final int PERIODS = 5;
    private static final Duration TIMEOUT = Duration.ofHours(2);
    private static final int PAGE = 500;

    private final ProcessEngine engine;
    private final BenchHttp http;

    LeaveBenefitReplay(ProcessEngine engine, BenchHttp http) {
        this.engine = engine;
        this.http = http;
    }

    Replay.Result run(int cases, int clientThreads) {
        Replay.moveClockTo(START.atTime(9, 0));
        try {
            long start = System.nanoTime();
            long[] ids = new long[cases];
            Parallel.run(clientThreads, cases, i -> ids[i] = http.post("/api/leave-benefits", EMPLOYER, leave()).get("id").asLong());
            Replay.fire(engine, PROCESS, START.plusDays(2).atTime(9, 0), TIMEOUT);
            Parallel.run(clientThreads, cases, i -> http.post("/api/leave-benefits/" + ids[i] + "/initial-application", WORKER,
                    Map.of(), 200));
            completeAll("Task_DecideEligibility", Map.of("eligible", true, "officerNote", "要件確認済み"), cases, clientThreads);
            Await.noDueJobs(engine, PROCESS, TIMEOUT);
            for (int period = 1; period <= PERIODS; period++) {
                int n = period;
                Replay.fire(engine, PROCESS, START.plusDays(30L * n).atTime(9, 0), TIMEOUT);
                Parallel.run(clientThreads, cases, i -> http.post("/api/leave-benefits/" + ids[i] + "/periods/" + n
                        + "/declaration", WORKER, Map.of("trainingAttended", true, "daysWorkedOrPaid", 0), 200));
                completeAll("Task_CertifyPeriod", Map.of("certified", true, "officerNote", ""), cases, clientThreads);
                Await.noDueJobs(engine, PROCESS, TIMEOUT);
            }
            Await.noInstancesLeft(engine, PROCESS, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;
            long calls = (long) cases * (2 + 1 + 2 * PERIODS);
            long jobs = engine.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(PROCESS)
                    .successLog().count();
            return new Replay.Result(cases, calls + jobs, seconds);
        } finally {
            Replay.resetClock();
        }
    }

    private static Map<String, Object> leave() {
        return Map.ofEntries(Map.entry("workerUsername", WORKER), Map.entry("leaveStart", START.toString()),
                Map.entry("plannedLastDay", START.plusDays(30L * PERIODS - 1).toString()), Map.entry("unpaid", true),
                Map.entry("ownInitiativeUnderWorkRules", true), Map.entry("businessOrder", false),
                Map.entry("dismissalPlanned", false), Map.entry("workerAgeAtLeaveStart", 35),
                Map.entry("enrolmentYears", 20), Map.entry("insuredMonthsInLastTwoYears", 24),
                Map.entry("monthlyWagesYen", List.of(350_000, 350_000, 350_000, 350_000, 350_000, 350_000)));
    }

    private void completeAll(String taskKey, Map<String, Object> variables, int expected, int clientThreads) {
        Await.until(engine, expected + " tasks " + taskKey, TIMEOUT, () -> tasks(taskKey).count() >= expected);
        for (List<Task> page = tasks(taskKey).listPage(0, PAGE); !page.isEmpty(); page = tasks(taskKey).listPage(0, PAGE)) {
            List<Task> open = page;
            Parallel.run(clientThreads, open.size(), i -> engine.getTaskService().complete(open.get(i).getId(), variables));
        }
    }

    private TaskQuery tasks(String taskKey) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(taskKey);
    }
}
