package jp.skilldev.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void fixedDateSetsTodayAndTheEngineClockToThatDayInTokyo() {
        Clock clock = new ClockConfiguration().clock("2026-10-05");

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(ClockUtil.getCurrentTime().toInstant().atZone(EngineClock.TOKYO).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void movingTheEngineClockMovesToday() {
        Clock clock = new ClockConfiguration().clock("");

        ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2027, 4, 1).atStartOfDay(EngineClock.TOKYO).toInstant()));

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2027, 4, 1));
    }
}
