package jp.skilldev.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.NewLeave;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The leave benefit's happy path for many workers, through the service the API's controller calls: 150 days of
 * unpaid leave filed by the employer with the wages, the worker's first application on day 3, eligibility decided by
 * an officer, then for each of the five 30-day periods: the period closes (timer), the worker declares, an officer
 * certifies, the payment is recorded and mailed; the case ends with the leave. The shape of the leave benefit's
 * process test. The service takes the employer or the worker as an argument, so no authentication is set; what the
 * controller does besides and the replay leaves out: the caller's role, the request's bean validation,
 * {@code LeaveBenefitChecks.checkLeaveStart} and {@code SupportedDates} on the planned last day, which these inputs
 * pass, and reading the case back for the response.
 */
final class LeaveBenefitReplay {

    static final String PROCESS = "education-leave-benefit";
    private static final String EMPLOYER = "employer1";
    private static final String WORKER = "worker1";
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    static final int PERIODS = 5;
    /** The six monthly wages of 350,000 yen before the leave, summed as the controller sums them. */
    private static final long WAGES_SIX_MONTHS_YEN = 6 * 350_000L;
    private static final Duration TIMEOUT = Duration.ofHours(2);
    private static final int PAGE = 500;

    private final ProcessEngine engine;
    private final List<ProcessEngine> nodes;
    private final List<LeaveBenefitService> services;

    LeaveBenefitReplay(ProcessEngine engine, LeaveBenefitService service) {
        this(List.of(engine), List.of(service));
    }

    /**
     * Application nodes behind a load balancer: case {@code i}'s calls and task completions go to node
     * {@code i mod n}, so that each node's job executor is also told of the jobs its own transactions create.
     */
    LeaveBenefitReplay(List<ProcessEngine> nodes, List<LeaveBenefitService> services) {
        this.engine = nodes.get(0);
        this.nodes = nodes;
        this.services = services;
    }

    private LeaveBenefitService service(int i) {
        return services.get(i % services.size());
    }

    Replay.Result run(int cases, int clientThreads) {
        Replay.moveClockTo(START.atTime(9, 0));
        try {
            long start = System.nanoTime();
            long[] ids = new long[cases];
            Parallel.run(clientThreads, cases, i -> ids[i] = service(i).file(EMPLOYER, leave()).getId());
            Replay.fire(engine, PROCESS, START.plusDays(2).atTime(9, 0), TIMEOUT);
            Parallel.run(clientThreads, cases, i -> service(i).fileInitialApplication(ids[i], WORKER));
            completeAll("Task_DecideEligibility", Map.of("eligible", true, "officerNote", "要件確認済み"), cases, clientThreads);
            Await.noDueJobs(engine, PROCESS, TIMEOUT);
            for (int period = 1; period <= PERIODS; period++) {
                int n = period;
                Replay.fire(engine, PROCESS, START.plusDays(30L * n).atTime(9, 0), TIMEOUT);
                Parallel.run(clientThreads, cases, i -> service(i).declare(ids[i], WORKER, n, true, 0));
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

    private static NewLeave leave() {
        return new NewLeave(WORKER, START, START.plusDays(30L * PERIODS - 1), true, true, false, false, 35, 20, 24,
                WAGES_SIX_MONTHS_YEN);
    }

    private void completeAll(String taskKey, Map<String, Object> variables, int expected, int clientThreads) {
        Await.until(engine, expected + " tasks " + taskKey, TIMEOUT, () -> tasks(taskKey).count() >= expected);
        for (List<Task> page = tasks(taskKey).listPage(0, PAGE); !page.isEmpty(); page = tasks(taskKey).listPage(0, PAGE)) {
            List<Task> open = page;
            Parallel.run(clientThreads, open.size(), i -> nodes.get(i % nodes.size()).getTaskService()
                    .complete(open.get(i).getId(), variables));
        }
    }

    private TaskQuery tasks(String taskKey) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(taskKey);
    }
}
