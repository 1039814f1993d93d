package jp.skilldev.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import jp.skilldev.platform.EngineClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** What the lifecycle replays share: business steps over wall time, and moving "now" under a running job executor. */
final class Replay {

    record Result(int cases, long steps, double seconds) {

        double stepsPerSecond() {
            return steps / seconds;
        }
    }

    private Replay() {
    }

    /** Time keeps running from the new instant (Asia/Tokyo), so job locks and retries behave as in production. */
    static void moveClockTo(LocalDateTime tokyo) {
        ClockUtil.reset();
        ClockUtil.offset(tokyo.atZone(EngineClock.TOKYO).toInstant().toEpochMilli() - System.currentTimeMillis());
    }

    static void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Moves "now", wakes the job executors of every engine in this JVM (a second application node included) and
     * waits until every job then due has run, including those they create.
     */
    static void fire(ProcessEngine engine, String processKey, LocalDateTime tokyo, Duration timeout) {
        moveClockTo(tokyo);
        ProcessEngines.getProcessEngines().values().forEach(node -> ((ProcessEngineConfigurationImpl)
                node.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded());
        Await.noDueJobs(engine, processKey, timeout);
    }
}
