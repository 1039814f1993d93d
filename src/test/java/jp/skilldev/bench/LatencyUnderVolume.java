package jp.skilldev.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.skilldev.platform.EngineClock;
import jp.skilldev.security.StaffGroups;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Response times at the deadline crush: many open user tasks spread over the four staff groups with due dates
 * over a year, then a reviewer's task list through {@code /engine-rest} (first page of 50 by due date) and a
 * provider's "my cases" API call, measured in turns so that all three share the machine's noise.
 */
final class LatencyUnderVolume {

    /** A staff member in all four groups: Tasklist's default filter lists the candidate tasks of all of them. */
    private static final String REVIEWER = "reviewer";
    private static final String PROVIDER = "provider1";
    private static final int WARM_UP = 10;
    private static final int BATCH = 250;

    static final String ONE_GROUP = "/engine-rest/task?candidateGroup=" + StaffGroups.DESIGNATION_REVIEWERS
            + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50";
    static final String ALL_MY_GROUPS = "/engine-rest/task?candidateGroups=" + String.join(",", StaffGroups.WORK_GROUPS)
            + "&includeAssignedTasks=true&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50";
    static final String MY_CASES = "/api/designation-applications?page=0";

    private final ProcessEngine engine;
    private final BenchHttp http;
    private final PasswordEncoder passwordEncoder;

    LatencyUnderVolume(ProcessEngine engine, BenchHttp http, PasswordEncoder passwordEncoder) {
        this.engine = engine;
        this.http = http;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Starts the open-task instances in batches, one transaction per batch: the figure wanted is the task list's
     * response time at this volume, not how fast the volume can be filed, and a national backlog of 100,000 tasks
     * filed one transaction at a time would take most of an hour here.
     */
    void openTasks(int count, int clientThreads) {
        CommandExecutor inOneTransaction = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        int batches = (count + BATCH - 1) / BATCH;
        Parallel.run(clientThreads, batches, batch -> inOneTransaction.execute(commandContext -> {
            for (int i = batch * BATCH; i < Math.min(count, (batch + 1) * BATCH); i++) {
                startOpenTask(i);
            }
            return null;
        }));
    }

    private void startOpenTask(int i) {
        LocalDate firstDue = LocalDate.of(2027, 1, 4);
        engine.getRuntimeService().startProcessInstanceByKey(BenchProcesses.OPEN_TASK, "open-" + i, Map.of(
                "group", StaffGroups.WORK_GROUPS.get(i % StaffGroups.WORK_GROUPS.size()),
                "due", Date.from(firstDue.plusDays(i % 365).atTime(17, 0).atZone(EngineClock.TOKYO).toInstant())));
    }

    /**
     * p50/p95/p99 per call, keyed by a name for the table. The applicant's password check alone (BCrypt, as HTTP
     * Basic runs it on every applicant call) is timed alongside, so that the "my cases" figure can be read apart from it.
     */
    Map<String, Latencies> measure(int samples) {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("taskListOneGroup", () -> get(ONE_GROUP, REVIEWER));
        calls.put("taskListAllMyGroups", () -> get(ALL_MY_GROUPS, REVIEWER));
        calls.put("myCases", () -> get(MY_CASES, PROVIDER));
        String storedHash = passwordEncoder.encode(BenchHttp.PASSWORD);
        calls.put("applicantPasswordCheck", () -> passwordEncoder.matches(BenchHttp.PASSWORD, storedHash));
        calls.values().forEach(call -> {
            for (int i = 0; i < WARM_UP; i++) {
                call.run();
            }
        });
        List<String> names = List.copyOf(calls.keySet());
        long[][] nanos = new long[names.size()][samples];
        for (int s = 0; s < samples; s++) {
            for (int c = 0; c < names.size(); c++) {
                long start = System.nanoTime();
                calls.get(names.get(c)).run();
                nanos[c][s] = System.nanoTime() - start;
            }
        }
        Map<String, Latencies> result = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            result.put(names.get(c), Latencies.ofNanos(nanos[c]));
        }
        return result;
    }

    /** Tasks on the first page of the reviewer's one-group list: 50 shows the figure is for a full page. */
    int firstPageSize() {
        try {
            return new ObjectMapper().readTree(get(ONE_GROUP, REVIEWER)).size();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String get(String path, String user) {
        return http.get(path, user);
    }
}
