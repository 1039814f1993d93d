package jp.skilldev.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL, as production runs them behind a load balancer: a second instance of the
 * application (its own Spring context, engine, job executor and connection pool) joins the benchmark's on the same
 * database, and the leave benefit's replay spreads its cases over both nodes while both job executors take the timers
 * and asynchronous steps, payments and mails among them. Where a duplicate would cost money or a second letter, it is
 * counted: every period paid exactly once, every mail key once, no incident; the job log shows which node ran each job.
 */
final class TwoApplicationNodes {

    /** Camunda's starter ignores an engine name with a hyphen. */
    private static final String SECOND = "second";

    record Result(double seconds, long payments, long expectedPayments, long duplicateOutboxKeys,
                  long jobsOnFirst, long jobsOnSecond, long incidents) {
    }

    private final ConfigurableApplicationContext first;
    private final Database database;

    TwoApplicationNodes(ConfigurableApplicationContext first, Database database) {
        this.first = first;
        this.database = database;
    }

    Result measure(int cases, int clientThreads) {
        HikariDataSource dataSource = (HikariDataSource) first.getBean(DataSource.class);
        try (ConfigurableApplicationContext second = Benchmark.startApplication(
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                // The engine's name is part of its job-lock owner and of the host recorded in the job log.
                "--camunda.bpm.process-engine-name=" + SECOND)) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            warmUp(second.getBean(ProcessEngine.class));
            long paymentsBefore = database.queryLong("select count(*) from leave_benefit_payment");
            long firstBefore = jobsRunBy(engine.getName());
            long secondBefore = jobsRunBy(SECOND);
            Replay.Result replay = new LeaveBenefitReplay(List.of(engine, second.getBean(ProcessEngine.class)),
                    List.of(first.getBean(LeaveBenefitService.class), second.getBean(LeaveBenefitService.class)))
                    .run(cases, clientThreads);
            long payments = database.queryLong("select count(*) from leave_benefit_payment") - paymentsBefore;
            return new Result(replay.seconds(), payments, (long) cases * LeaveBenefitReplay.PERIODS,
                    database.duplicateOutboxKeys(),
                    jobsRunBy(engine.getName()) - firstBefore, jobsRunBy(SECOND) - secondBefore,
                    engine.getRuntimeService().createIncidentQuery().count());
        }
    }

    /**
     * Parses the leave benefit's process into the fresh node's deployment cache on one thread: clients racing into a
     * definition's first use on a new engine can find it half-built ("processDefinitionId is null" when a timer is
     * created).
     */
    private static void warmUp(ProcessEngine node) {
        RepositoryService repository = node.getRepositoryService();
        repository.getProcessDefinition(repository.createProcessDefinitionQuery()
                .processDefinitionKey(LeaveBenefitReplay.PROCESS).latestVersion().singleResult().getId());
    }

    /** Successful job runs whose host names the engine (Camunda records host and engine name in the job log). */
    private long jobsRunBy(String engineName) {
        return database.queryLong("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ like '%$"
                + engineName + "'");
    }
}
