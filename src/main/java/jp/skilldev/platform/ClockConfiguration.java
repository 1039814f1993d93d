package jp.skilldev.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    /**
     * With {@code app.clock.fixed-date} the clock starts at 09:00 Tokyo time on that day and then runs
     * on, so that timers still fire in a demo; the engine clock is offset by the same amount.
     */
    @Bean
    Clock clock(@Value("${app.clock.fixed-date:}") String fixedDate) {
        if (fixedDate != null && !fixedDate.isBlank()) {
            LocalDate day = LocalDate.parse(fixedDate.trim());
            Instant start = day.atTime(9, 0).atZone(EngineClock.TOKYO).toInstant();
            long offset = Duration.between(Instant.now(), start).toMillis();
            ClockUtil.offset(offset);
            log.warn("Clock fixed for a demo: today is {} (engine clock offset {} ms)", day, offset);
        }
        return new EngineClock();
    }
}
