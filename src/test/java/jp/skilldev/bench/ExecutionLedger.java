package jp.skilldev.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The benchmark's no-op service task. It only counts how often each process instance ran it, so that the
 * two-node run can prove that no job was executed twice, whichever engine of this JVM ran it.
 * Referenced by class name, so engines built without Spring resolve it as well.
 */
public class ExecutionLedger implements JavaDelegate {

    private static final Map<String, AtomicInteger> EXECUTIONS = new ConcurrentHashMap<>();

    @Override
    public void execute(DelegateExecution execution) {
        EXECUTIONS.computeIfAbsent(execution.getProcessInstanceId(), id -> new AtomicInteger()).incrementAndGet();
    }

    static void clear() {
        EXECUTIONS.clear();
    }

    static long instancesRun() {
        return EXECUTIONS.size();
    }

    static long instancesRunMoreThanOnce() {
        return EXECUTIONS.values().stream().filter(count -> count.get() > 1).count();
    }
}
