package jp.skilldev.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The subsidy's happy path for many employers, through the application's HTTP API: establishment registered,
 * training plan filed in its window, approved, training ends (timer), both claim reminders (timers), claim filed on
 * the rolled deadline, approved, payment instructed and mailed. Timers fire by moving the engine clock while the job
 * executor runs; the training dates are those of the subsidy's process test.
 */
final class SubsidyReplay {

    static final String PROCESS = "subsidy-plan-to-claim";
    private static final String EMPLOYER = "employer1";
    private static final LocalDate FILING_DAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate TRAINING_START = LocalDate.of(2026, 8, 3);
    private static final LocalDate TRAINING_END = LocalDate.of(2026, 8, 31);
    /** The claim deadline 2026-10-31 is a Saturday and rolls to this Monday; both reminders are due by then. */
    private static final LocalDate CLAIM_DAY = LocalDate.of(2026, 11, 2);
    /** Establishment, plan and claim over the API; plan review and claim review as tasks. */
    private static final int CALLS_PER_CASE = 5;
    private static final Duration TIMEOUT = Duration.ofHours(2);
    private static final int PAGE = 500;

    private final ProcessEngine engine;
    private final BenchHttp http;

    SubsidyReplay(ProcessEngine engine, BenchHttp http) {
        this.engine = engine;
        this.http = http;
    }

    Replay.Result run(int cases, int clientThreads) {
        Replay.moveClockTo(FILING_DAY.atTime(10, 0));
        try {
            long start = System.nanoTime();
            long[] plans = new long[cases];
            long[] trainees = new long[cases];
            Parallel.run(clientThreads, cases, i -> {
                long establishment = http.post("/api/establishments", EMPLOYER, Map.of("name", "ベンチマーク株式会社 " + i,
                        "industry", "SERVICES", "capitalYen", 10_000_000, "regularEmployees", 30,
                        "insuranceOfficeNumber", "1301-123456-7")).get("id").asLong();
                JsonNode plan = http.post("/api/subsidy-plans", EMPLOYER, Map.of("establishmentId", establishment,
                        "trainingKind", "HUMAN_RESOURCE_DEVELOPMENT", "trainingStart", TRAINING_START.toString(),
                        "trainingEnd", TRAINING_END.toString(), "offJtHours", 20, "ojtHours", 0,
                        "trainees", List.of(Map.of("name", "山田 太郎", "workerType", "INSURED", "plannedExpenseYen", 100_000))));
                plans[i] = plan.get("id").asLong();
                trainees[i] = plan.at("/trainees/0/id").asLong();
            });
            completeAll("Task_ReviewPlan", "planDecision", cases, clientThreads);
            Await.noDueJobs(engine, PROCESS, TIMEOUT);
            Replay.fire(engine, PROCESS, TRAINING_END.plusDays(1).atStartOfDay(), TIMEOUT);
            Replay.fire(engine, PROCESS, CLAIM_DAY.atTime(LocalTime.of(10, 0)), TIMEOUT);
            Parallel.run(clientThreads, cases, i -> http.post("/api/subsidy-plans/" + plans[i] + "/claim", EMPLOYER,
                    Map.of("trainees", List.of(Map.of("traineeId", trainees[i], "offJtHours", 20, "ojtHours", 0,
                            "expensePaidYen", 100_000, "convertedToRegular", false)))));
            completeAll("Task_ReviewClaim", "claimDecision", cases, clientThreads);
            Await.noInstancesLeft(engine, PROCESS, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;
            long jobs = engine.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(PROCESS)
                    .successLog().count();
            return new Replay.Result(cases, (long) CALLS_PER_CASE * cases + jobs, seconds);
        } finally {
            Replay.resetClock();
        }
    }

    private void completeAll(String taskKey, String decisionVariable, int expected, int clientThreads) {
        Await.until(engine, expected + " tasks " + taskKey, TIMEOUT, () -> tasks(taskKey).count() >= expected);
        for (List<Task> page = tasks(taskKey).listPage(0, PAGE); !page.isEmpty(); page = tasks(taskKey).listPage(0, PAGE)) {
            List<Task> open = page;
            Parallel.run(clientThreads, open.size(), i -> engine.getTaskService()
                    .complete(open.get(i).getId(), Map.of(decisionVariable, "APPROVE")));
        }
    }

    private TaskQuery tasks(String taskKey) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(taskKey);
    }
}
