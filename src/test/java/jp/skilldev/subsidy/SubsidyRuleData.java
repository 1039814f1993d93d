package jp.skilldev.subsidy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.skilldev.calendar.AdministrativeCalendar;
import jp.skilldev.calendar.DeadlineCalculator;
import jp.skilldev.calendar.JapaneseHolidays;
import jp.skilldev.deadlines.StatutoryDeadlines;
import jp.skilldev.ruledata.RuleBook;
import jp.skilldev.ruledata.RuleTable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The application's real rule data and calendar for plain unit tests, without Spring. */
final class SubsidyRuleData {

    static final RuleBook RULE_BOOK = load();
    static final SubsidyDeadlines DEADLINES = new SubsidyDeadlines(new StatutoryDeadlines(RULE_BOOK,
            new DeadlineCalculator(new AdministrativeCalendar(JapaneseHolidays.loadDefault()))));

    private SubsidyRuleData() {
    }

    private static RuleBook load() {
        try {
            List<RuleTable> tables = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:ruledata/tables/*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    tables.add(RuleBook.read(resource.getFilename(), in));
                }
            }
            return new RuleBook(tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
