package jp.skilldev.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock. It reads the Camunda engine clock, so that "today" for a rule and
 * "now" for a timer are the same instant: tests move both with {@code ClockUtil}, and
 * {@code app.clock.fixed-date} shifts both for a demo.
 */
public final class EngineClock extends Clock {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Override
    public ZoneId getZone() {
        return TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
