package jp.skilldev.security;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts of the README (local and test profiles only), all with the password {@code demo}.
 * Created before the web server accepts requests, so that the first sign-in after start-up works.
 */
@Component
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
public class DemoAccounts implements SmartInitializingSingleton {

    public static final String PASSWORD = "demo";

    private record Applicant(String username, ApplicantRole role, String name) {
    }

    private static final List<Applicant> APPLICANTS = List.of(
            new Applicant("provider1", ApplicantRole.PROVIDER, "株式会社みらい職業スクール"),
            new Applicant("provider2", ApplicantRole.PROVIDER, "学校法人あおば学園"),
            new Applicant("employer1", ApplicantRole.EMPLOYER, "上州精密工業株式会社"),
            new Applicant("employer2", ApplicantRole.EMPLOYER, "株式会社赤城ロジスティクス"),
            new Applicant("worker1", ApplicantRole.WORKER, "山田 花子"),
            new Applicant("worker2", ApplicantRole.WORKER, "佐藤 一郎"));

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final StaffDirectory staffDirectory;
    private final Clock clock;

    public DemoAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, StaffDirectory staffDirectory,
                        Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.staffDirectory = staffDirectory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        ensureDemoAccounts();
    }

    /** Idempotent; the staff groups must exist before the reviewer can join them. */
    public void ensureDemoAccounts() {
        staffDirectory.ensureGroupsAndFilters();
        for (Applicant applicant : APPLICANTS) {
            if (!users.existsById(applicant.username())) {
                users.save(new AppUser(applicant.username(), passwordEncoder.encode(PASSWORD), applicant.role(),
                        applicant.name(), applicant.username() + "@example.jp", clock.instant()));
            }
        }
        staffDirectory.ensureStaffUser("reviewer", PASSWORD, "審査", "担当", "reviewer@example.jp",
                StaffGroups.WORK_GROUPS);
    }
}
