package jp.skilldev.leavebenefit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.skilldev.leavebenefit.LeaveBenefitCase;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.leavebenefit.NewLeave;
import jp.skilldev.platform.EngineClock;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Many cases whose period timers fall due at the same moment: every period is closed exactly once, and no job runs twice. */
class LeaveBenefitTimerLoadTest extends IntegrationTest {

    private static final int CASES = 1_000;
    private static final LocalDate START = LocalDate.of(2027, 2, 1);

    @Autowired
    LeaveBenefitService service;

    @Autowired
    LeaveBenefitProcess process;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(EngineClock.TOKYO).toInstant()));
    }

    /** Eligible 30-day leaves, decided through the service layer and started at the certification cycle. */
    private Set<String> eligibleCasesWaitingForTheirPeriodToClose() {
        Set<String> instances = new HashSet<>();
        for (int batch = 0; batch < CASES / 100; batch++) {
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < 100; i++) {
                    instances.add(startEligibleCase());
                }
            });
        }
        return instances;
    }

    private String startEligibleCase() {
        LeaveBenefitCase leave = service.record("employer2", new NewLeave("worker2", START, START.plusDays(29),
                true, true, false, false, 40, 10, 24, 2_100_000L));
        service.decideEligible(leave.getId(), "load test");
        Map<String, Object> variables = process.startVariables(leave);
        variables.put(LeaveBenefitProcess.PERIOD_NO, 0);
        return processEngine.getRuntimeService().createProcessInstanceByKey(LeaveBenefitProcess.PROCESS_ID)
                .businessKey(leave.getId().toString()).setVariables(variables)
                .startBeforeActivity("Task_FindNextPeriod").execute().getId();
    }

    /**
     * Runs every due job of the given instances until none is left, on several threads as the job executor
     * would; returns how many ran.
     */
    private int runDueJobs(Set<String> instances) throws Exception {
        ManagementService management = processEngine.getManagementService();
        int executed = 0;
        List<Job> due;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            do {
                due = new ArrayList<>(management.createJobQuery().processDefinitionKey(LeaveBenefitProcess.PROCESS_ID)
                        .executable().listPage(0, 2 * CASES));
                due.removeIf(job -> !instances.contains(job.getProcessInstanceId()));
                List<Callable<Void>> runs = due.stream().<Callable<Void>>map(job -> () -> {
                    management.executeJob(job.getId());
                    return null;
                }).toList();
                for (Future<Void> run : threads.invokeAll(runs)) {
                    run.get();
                }
                executed += due.size();
            } while (!due.isEmpty());
        } finally {
            threads.shutdown();
        }
        return executed;
    }

    private int countWhere(String sql) {
        return jdbc.queryForObject(sql + " and c.leave_start = ?", Integer.class, START);
    }

    @Test
    void aThousandPeriodsClosingTogetherAreEachClosedExactlyOnce() throws Exception {
        today(START);
        Set<String> instances = eligibleCasesWaitingForTheirPeriodToClose();
        assertThat(instances).hasSize(CASES);

        today(START.plusDays(30));
        runDueJobs(instances);

        assertThat(countWhere("select count(*) from leave_benefit_period p join leave_benefit_case c on c.id = p.case_id"
                + " where p.status = 'AWAITING_DECLARATION' and p.period_no = 1")).isEqualTo(CASES);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instances)
                .activityIdIn("EventGateway_AwaitDeclaration").count()).isEqualTo(CASES);
        assertThat(runDueJobs(instances)).as("nothing runs twice").isZero();
    }
}
