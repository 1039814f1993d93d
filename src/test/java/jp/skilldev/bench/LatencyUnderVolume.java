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

    static final String ONE_GROUP = "/engine-rest/task?candidateGroup=" + StaffGroups.DESIGNATION_REVIEWERS
            + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50";
    static final String ALL_MY_GROUPS = "/engine-rest/task?candidateGroups=" + String.join(",", StaffGroups.WORK_GROUPS)
            + "&includeAssignedTasks=true&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50";
    static final String MY_CASES = "/api/designation-applications?page=0";

    private final ProcessEngine engine;
    private final BenchHttp http;

    LatencyUnderVolume(ProcessEngine engine, BenchHttp http) {
        this.engine = engine;
        this.http = http;
    }

    void openTasks(int count, int clientThreads) {
        LocalDate firstDue = LocalDate.of(2027, 1, 4);
        Parallel.run(clientThreads, count, i -> engine.getRuntimeService().startProcessInstanceByKey(
                BenchProcesses.OPEN_TASK, "open-" + i, Map.of(
                        "group", StaffGroups.WORK_GROUPS.get(i % StaffGroups.WORK_GROUPS.size()),
                        "due", Date.from(firstDue.plusDays(i % 365).atTime(17, 0).atZone(EngineClock.TOKYO).toInstant()))));
    }

    /** p50/p95/p99 per call, keyed by a name for the table. */
    Map<String, Latencies> measure(int samples) {
        Map<String, String[]> calls = new LinkedHashMap<>();
        calls.put("taskListOneGroup", new String[] {ONE_GROUP, REVIEWER});
        calls.put("taskListAllMyGroups", new String[] {ALL_MY_GROUPS, REVIEWER});
        calls.put("myCases", new String[] {MY_CASES, PROVIDER});
        calls.values().forEach(call -> {
            for (int i = 0; i < WARM_UP; i++) {
                get(call[0], call[1]);
            }
        });
        List<String> names = List.copyOf(calls.keySet());
        long[][] nanos = new long[names.size()][samples];
        for (int s = 0; s < samples; s++) {
            for (int c = 0; c < names.size(); c++) {
                String[] call = calls.get(names.get(c));
                long start = System.nanoTime();
                get(call[0], call[1]);
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
