package jp.skilldev.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    JapaneseHolidays japaneseHolidays() {
        return JapaneseHolidays.loadDefault();
    }

    @Bean
    AdministrativeCalendar administrativeCalendar(JapaneseHolidays holidays) {
        return new AdministrativeCalendar(holidays);
    }

    @Bean
    DeadlineCalculator deadlineCalculator(AdministrativeCalendar calendar) {
        return new DeadlineCalculator(calendar);
    }
}
