package jp.skilldev.designation.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.skilldev.designation.CourseTier;
import jp.skilldev.designation.DeliveryMode;
import jp.skilldev.designation.DesignationApplication;
import jp.skilldev.designation.DesignationApplications;
import jp.skilldev.web.InvalidRequestException;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, unauthenticated: the register of designated courses (指定講座), those whose term covers today. */
@RestController
class PublicDesignatedCoursesController {

    private static final int MAX_QUERY_LENGTH = 100;

    private final DesignationApplications applications;
    private final Clock clock;

    PublicDesignatedCoursesController(DesignationApplications applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    record Entry(Long id, String provider, String course, CourseTier tier, String field, String prefecture,
                 DeliveryMode deliveryMode, String targetQualification, int trainingHours, int durationMonths,
                 long feeYen, LocalDate designatedFrom, LocalDate designatedUntil) {
    }

    record RegisterPage(LocalDate asOf, List<Entry> items, int page, int size, long total) {
    }

    @GetMapping("/api/public/designated-courses")
    RegisterPage register(@RequestParam(required = false) String prefecture,
                          @RequestParam(required = false) String field,
                          @RequestParam(required = false) CourseTier tier,
                          @RequestParam(required = false) String q,
                          @RequestParam(defaultValue = "0") int page) {
        if (page < 0) {
            throw new InvalidRequestException("page", "min", "page must be 0 or more");
        }
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q", "max-length", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        Page<DesignationApplication> result = applications.register(prefecture, field, tier, q, page);
        return new RegisterPage(LocalDate.now(clock), result.map(a -> new Entry(a.getId(), a.getProviderName(),
                a.getCourseName(), a.getTier(), a.getField(), a.getPrefecture(), a.getDeliveryMode(),
                a.getTargetQualification(), a.getTrainingHours(), a.getDurationMonths(), a.getFeeYen(),
                a.getDesignatedFrom(), a.getDesignatedUntil())).getContent(), page, result.getSize(),
                result.getTotalElements());
    }
}
