package jp.skilldev.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import jp.skilldev.subsidy.Industry;
import jp.skilldev.subsidy.SubsidyClaims;
import jp.skilldev.subsidy.SubsidyPlans;
import jp.skilldev.subsidy.TrainingKind;
import jp.skilldev.subsidy.TrainingPlan;
import jp.skilldev.subsidy.WorkerType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.authentication.AuthenticationManager;

/**
 * The subsidy's happy path for many employers, through the services the API's controllers call: establishment
 * registered, training plan filed in its window, approved, training ends (timer), both claim reminders (timers), claim
 * filed on the rolled deadline, approved, payment instructed and mailed. Timers fire by moving the engine clock while
 * the job executor runs; the training dates are those of the subsidy's process test. The employer's calls run with
 * the employer's authentication on the client thread ({@link AsApplicant}), since the services read the caller from
 * it. What the controllers do besides and the replay leaves out: the request's bean validation and the checks of
 * {@code PlanRequest.content()} ({@code SupportedDates}, training end on or after its start, some hours), which these
 * inputs pass, and reading the plan back for the response.
 */
final class SubsidyReplay {

    static final String PROCESS = "subsidy-plan-to-claim";
    private static final String EMPLOYER = "employer1";
    private static final LocalDate FILING_DAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate TRAINING_START = LocalDate.of(2026, 8, 3);
    private static final LocalDate TRAINING_END = LocalDate.of(2026, 8, 31);
    /** The claim deadline 2026-10-31 is a Saturday and rolls to this Monday; both reminders are due by then. */
    private static final LocalDate CLAIM_DAY = LocalDate.of(2026, 11, 2);
    private static final BigDecimal OFF_JT_HOURS = BigDecimal.valueOf(20);
    private static final long EXPENSE_YEN = 100_000;
    /** Establishment, plan and claim as the API's calls; plan review and claim review as tasks. */
    private static final int CALLS_PER_CASE = 5;
    private static final Duration TIMEOUT = Duration.ofHours(2);
    private static final int PAGE = 500;

    private final ProcessEngine engine;
    private final SubsidyPlans plans;
    private final SubsidyClaims claims;
    private final AuthenticationManager authenticationManager;

    SubsidyReplay(ProcessEngine engine, SubsidyPlans plans, SubsidyClaims claims, AuthenticationManager authenticationManager) {
        this.engine = engine;
        this.plans = plans;
        this.claims = claims;
        this.authenticationManager = authenticationManager;
    }

    Replay.Result run(int cases, int clientThreads) {
        AsApplicant employer = AsApplicant.signIn(authenticationManager, EMPLOYER);
        Replay.moveClockTo(FILING_DAY.atTime(10, 0));
        try {
            long start = System.nanoTime();
            long[] planIds = new long[cases];
            long[] traineeIds = new long[cases];
            Parallel.run(clientThreads, cases, i -> {
                long establishment = employer.call(() -> plans.register("ベンチマーク株式会社 " + i, Industry.SERVICES,
                        10_000_000, 30, "1301-123456-7")).getId();
                TrainingPlan plan = employer.call(() -> plans.file(establishment, plan()));
                planIds[i] = plan.getId();
                traineeIds[i] = plan.getTrainees().get(0).getId();
            });
            completeAll("Task_ReviewPlan", "planDecision", cases, clientThreads);
            Await.noDueJobs(engine, PROCESS, TIMEOUT);
            Replay.fire(engine, PROCESS, TRAINING_END.plusDays(1).atStartOfDay(), TIMEOUT);
            Replay.fire(engine, PROCESS, CLAIM_DAY.atTime(LocalTime.of(10, 0)), TIMEOUT);
            Parallel.run(clientThreads, cases, i -> employer.call(() -> claims.fileClaim(planIds[i],
                    List.of(new SubsidyClaims.TraineeFigures(traineeIds[i], OFF_JT_HOURS, BigDecimal.ZERO, EXPENSE_YEN, false)))));
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

    private static TrainingPlan.Content plan() {
        return new TrainingPlan.Content(TrainingKind.HUMAN_RESOURCE_DEVELOPMENT, TRAINING_START, TRAINING_END,
                OFF_JT_HOURS, BigDecimal.ZERO, List.of(new TrainingPlan.TraineeContent("山田 太郎", WorkerType.INSURED, EXPENSE_YEN)));
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
