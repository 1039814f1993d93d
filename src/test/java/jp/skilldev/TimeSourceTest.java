package jp.skilldev;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import jp.skilldev.platform.ClockConfiguration;
import org.junit.jupiter.api.Test;

/**
 * "Today" comes from the one injected Clock, which follows the engine clock: a rule that read the
 * system clock would disagree with the timers in every test and demo that moves time.
 */
class TimeSourceTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.skilldev");

    @Test
    void applicationCodeReadsTimeOnlyFromTheInjectedClock() {
        noClasses().that().doNotHaveFullyQualifiedName(ClockConfiguration.class.getName())
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("the Clock bean follows the engine clock (ARCHITECTURE principle 4)")
                .check(MAIN);
    }
}
