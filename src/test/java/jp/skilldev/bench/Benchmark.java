package jp.skilldev.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import jp.skilldev.SkilldevApplication;
import jp.skilldev.council.CouncilCycles;
import jp.skilldev.council.CouncilResults;
import jp.skilldev.council.Prefecture;
import jp.skilldev.designation.DesignationApplications;
import jp.skilldev.leavebenefit.LeaveBenefitService;
import jp.skilldev.subsidy.SubsidyClaims;
import jp.skilldev.subsidy.SubsidyPlans;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The benchmark: starts the application in-process on its embedded PostgreSQL with the shipped settings (history
 * level full, job executor on with its shipped pool, authorization on), runs each measurement in turn and reports
 * ratios taken side by side in this one run, so that the noise of a shared machine cancels out as far as it can.
 */
final class Benchmark {

    /** Client threads that start instances and complete tasks, as concurrent API requests would. */
    private static final int CLIENT_THREADS = 4;
    /** Instances run before the timed trivial run, so that it does not time the JIT's first compilations. */
    private static final int TRIVIAL_WARM_UP = 50;
    /** Rounds of the tuning variants; each figure is the median of its rounds. */
    private static final int TUNING_ROUNDS = 3;

    /** One council cycle a year per prefecture at scale 1.0. */
    private static final int PREFECTURES = Prefecture.values().length;

    private final BenchSettings settings;

    Benchmark(BenchSettings settings) {
        this.settings = settings;
    }

    record Outcome(Report report, Path file, long incidents, long duplicateExecutions, long duplicateHistoryRows,
                   long paymentsMissingOrDuplicated) {
    }

    Outcome run() {
        Report report = new Report();
        Instant startedAt = Instant.now();
        report.put("run", settings.runName());
        report.put("startedAt", startedAt.toString());
        report.put("scale", settings.scale());
        report.put("loadAverageAtStart", Machine.loadAverage());
        try (ConfigurableApplicationContext context = start()) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            DataSource dataSource = context.getBean(DataSource.class);
            Database database = new Database(dataSource);
            JobExecutionProperty jobExecution = context.getBean(CamundaBpmProperties.class).getJobExecution();
            int jobThreads = jobExecution.getMaxPoolSize();
            report.put("machine", Machine.describe(database.version()));
            report.put("engine", engineSettings(engine, jobExecution));
            BenchProcesses.deploy(engine.getRepositoryService());

            double floor = new CommitFloor(dataSource).commitsPerSecond(jobThreads, settings.commitFloorSeconds());
            report.figure("commitFloorPerSecond", "1 commit floor (INSERT+COMMIT/s, " + jobThreads + " threads)",
                    floor, "tx/s", "anchor");

            int trivialInstances = settings.scaled(20_000, 300);
            new TrivialProcess(engine).instancesPerSecond(TRIVIAL_WARM_UP, CLIENT_THREADS);
            double trivial = new TrivialProcess(engine).instancesPerSecond(trivialInstances, CLIENT_THREADS);
            report.put("trivialInstances", trivialInstances);
            report.figure("trivialInstancesPerSecond", "2 trivial process (instances/s)", trivial, "/s", "");
            report.figure("r1", "  R1 = trivial / commit floor", trivial / floor, "", "≥ 0.10");

            int designations = settings.scaled(3_000, 5);
            int subsidyCases = settings.scaled(100_000, 5);
            int leaveCases = settings.scaled(120_000, 5);
            int councilCycles = settings.scaled(PREFECTURES, 1);
            report.put("designationApplications", designations);
            report.put("subsidyCases", subsidyCases);
            report.put("leaveBenefitCases", leaveCases);
            report.put("councilCycles", councilCycles);
            long transactionsBefore = database.committedTransactions();
            Replay.Result designation = new DesignationReplay(engine, context.getBean(DesignationApplications.class))
                    .run(designations, CLIENT_THREADS);
            Replay.Result subsidy = new SubsidyReplay(engine, context.getBean(SubsidyPlans.class),
                    context.getBean(SubsidyClaims.class), context.getBean(AuthenticationManager.class))
                    .run(subsidyCases, CLIENT_THREADS);
            Replay.Result leave = new LeaveBenefitReplay(engine, context.getBean(LeaveBenefitService.class))
                    .run(leaveCases, CLIENT_THREADS);
            Replay.Result council = new CouncilReplay(engine, context.getBean(CouncilCycles.class),
                    context.getBean(CouncilResults.class)).run(councilCycles, CLIENT_THREADS);
            Await.sleep(java.time.Duration.ofMillis(1500));
            long transactions = database.committedTransactions() - transactionsBefore;
            lifecycle(report, "designation", "course-designation", designation, trivial);
            lifecycle(report, "subsidy", "subsidy-plan-to-claim", subsidy, trivial);
            lifecycle(report, "leaveBenefit", "education-leave-benefit", leave, trivial);
            lifecycle(report, "council", CouncilReplay.PROCESS, council, trivial);
            double replaySeconds = designation.seconds() + subsidy.seconds() + leave.seconds() + council.seconds();
            report.figure("replayWallSeconds", "4 year replay: designation + subsidy + leave + council (" + designations
                    + " + " + subsidyCases + " + " + leaveCases + " cases, " + councilCycles + " cycles)", replaySeconds, "s",
                    "≤ 1800 s at scale 1.0 (goal 900)");
            double atScaleOne = designation.seconds() * 3_000 / designations + subsidy.seconds() * 100_000 / subsidyCases
                    + leave.seconds() * 120_000 / leaveCases + council.seconds() * PREFECTURES / councilCycles;
            report.figure("replayWallSecondsAtScale1", "  same, extrapolated linearly to scale 1.0", atScaleOne, "s",
                    "≤ 1800 s");
            report.count("replayTransactions", "  PostgreSQL commits during the replay", transactions, "");
            report.figure("r3", "  R3 = wall / (commits / floor)", replaySeconds / (transactions / floor), "",
                    "1 = commit-bound");

            int openTasks = settings.openTasks();
            LatencyUnderVolume latency = new LatencyUnderVolume(engine, new BenchHttp(port(context)),
                    context.getBean(PasswordEncoder.class));
            long tasksStart = System.nanoTime();
            latency.openTasks(openTasks, CLIENT_THREADS);
            report.put("openTasksCreatedPerSecond", Report.round(openTasks / ((System.nanoTime() - tasksStart) / 1e9)));
            database.analyze();
            report.put("openUserTasks", engine.getTaskService().createTaskQuery().count());
            Map<String, Latencies> latencies = latency.measure(settings.latencySamples());
            latencies.forEach((name, l) -> {
                report.figure(name + "P50Ms", "5 " + name + " p50 (" + openTasks + " open tasks)", l.p50(), "ms", "");
                report.figure(name + "P95Ms", "  " + name + " p95", l.p95(), "ms", name.startsWith("task") ? "≤ 100 ms" : "");
                report.figure(name + "P99Ms", "  " + name + " p99", l.p99(), "ms", "");
            });
            report.put("latencySamples", settings.latencySamples());
            report.put("taskListFirstPageSize", latency.firstPageSize());

            int twoNodeJobs = settings.scaled(10_000, 50);
            TwoNodes.Result nodes = new TwoNodes(engine, dataSource, database).measure(twoNodeJobs, jobThreads, CLIENT_THREADS);
            report.put("twoNodeJobs", twoNodeJobs);
            report.figure("oneNodeJobsPerSecond", "6 one node, " + jobThreads + " job threads (jobs/s)",
                    nodes.oneNodeJobsPerSecond(), "/s", "");
            report.figure("twoNodesJobsPerSecond", "  two nodes, " + jobThreads / 2 + "+" + (jobThreads - jobThreads / 2)
                    + " job threads (jobs/s)", nodes.twoNodesJobsPerSecond(), "/s", "");
            report.figure("twoNodeRatio", "  two-node ratio", nodes.ratio(), "", "≥ 0.9");
            report.figure("acquisitionFailureRatio", "  job acquisition failure ratio", nodes.acquisitionFailureRatio(), "", "");
            report.count("duplicateExecutions", "  duplicate executions (no-op ledger)", nodes.duplicateExecutions(), "0");
            report.count("duplicateHistoryRows", "  instances with the no-op twice in history", nodes.duplicateHistoryRows(), "0");
            report.count("duplicateOutboxKeys", "  duplicate outbox business keys",
                    database.duplicateOutboxKeys(), "0");

            int appNodeCases = settings.scaled(12_000, 10);
            TwoApplicationNodes.Result apps = new TwoApplicationNodes(context, database).measure(appNodeCases, CLIENT_THREADS);
            report.put("twoApplicationNodesLeaveCases", appNodeCases);
            report.figure("twoApplicationNodesSeconds", "6 two application nodes: leave benefit replay (" + appNodeCases
                    + " cases, s)", apps.seconds(), "s", "");
            report.count("twoApplicationNodesJobsFirst", "  jobs run by the first node", apps.jobsOnFirst(), "");
            report.count("twoApplicationNodesJobsSecond", "  jobs run by the second node", apps.jobsOnSecond(), "");
            report.count("twoApplicationNodesPayments", "  payments recorded (expected " + apps.expectedPayments() + ")",
                    apps.payments(), String.valueOf(apps.expectedPayments()));
            report.count("twoApplicationNodesDuplicateOutboxKeys", "  duplicate outbox business keys",
                    apps.duplicateOutboxKeys(), "0");
            report.count("twoApplicationNodesIncidents", "  incidents", apps.incidents(), "0");

            int tuningInstances = settings.scaled(20_000, 200);
            List<EngineTuning.Result> tuning = new EngineTuning(engine, dataSource)
                    .measure(EngineTuning.variants(jobThreads), tuningInstances, TUNING_ROUNDS, CLIENT_THREADS);
            report.put("tuningInstancesPerRound", tuningInstances);
            report.put("tuningRounds", TUNING_ROUNDS);
            for (EngineTuning.Result result : tuning) {
                String key = "tuning" + capitalized(result.variant().key());
                report.figure(key + "PerSecond", "7 trivial on a node, " + result.variant().label() + " (instances/s)",
                        result.instancesPerSecond(), "/s", String.format(Locale.ROOT, "× %.2f of as shipped",
                                result.ratioToShipped()));
                report.put(key + "Ratio", Report.round(result.ratioToShipped()));
            }

            long incidents = engine.getRuntimeService().createIncidentQuery().count();
            report.count("incidents", "incidents", incidents, "0");
            report.put("loadAverageAtEnd", Machine.loadAverage());
            report.put("wallSeconds", Report.round((Instant.now().toEpochMilli() - startedAt.toEpochMilli()) / 1000.0));
            Path file = report.write(settings.resultsDir(), settings.runName() + "-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt) + ".json");
            System.out.println();
            System.out.println("Benchmark " + settings.runName() + " at scale " + settings.scale() + ", " + startedAt
                    + ", load " + report.get("loadAverageAtStart") + " → " + report.get("loadAverageAtEnd"));
            System.out.println(report.get("machine"));
            System.out.print(report.table());
            System.out.println("written to " + file.toAbsolutePath());
            return new Outcome(report, file, incidents, nodes.duplicateExecutions(), nodes.duplicateHistoryRows(),
                    Math.abs(apps.payments() - apps.expectedPayments()));
        }
    }

    private static void lifecycle(Report report, String key, String processId, Replay.Result result, double trivial) {
        report.figure(key + "StepsPerSecond", "3 " + processId + " happy path (" + result.cases() + " cases, steps/s)",
                result.stepsPerSecond(), "/s", "");
        report.figure("r2" + capitalized(key), "  R2 = " + key
                + " steps / trivial instances", result.stepsPerSecond() / trivial, "", "≥ 0.5");
    }

    private static ConfigurableApplicationContext start() {
        return startApplication("--app.demo.enabled=true");
    }

    /**
     * An instance of the application with the benchmark's command-line arguments and the given ones. Arguments win
     * over application.yaml, whose shipped settings stay as they are otherwise.
     */
    static ConfigurableApplicationContext startApplication(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--camunda.bpm.admin-user.password=demo",
                // Mail stays in the outbox (written in each step's transaction, as shipped); no SMTP server here.
                "--app.outbox.auto-send=false"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(SkilldevApplication.class).run(arguments.toArray(String[]::new));
    }

    private static String capitalized(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static Map<String, Object> engineSettings(ProcessEngine engine, JobExecutionProperty jobExecution) {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("historyLevel", configuration.getHistoryLevel().getName());
        settings.put("jobExecutorCorePoolSize", jobExecution.getCorePoolSize());
        settings.put("jobExecutorMaxPoolSize", jobExecution.getMaxPoolSize());
        settings.put("jobExecutorQueueCapacity", jobExecution.getQueueCapacity());
        settings.put("maxJobsPerAcquisition", configuration.getJobExecutor().getMaxJobsPerAcquisition());
        settings.put("jdbcBatchProcessing", configuration.isJdbcBatchProcessing());
        settings.put("authorizationEnabled", configuration.isAuthorizationEnabled());
        return settings;
    }
}
