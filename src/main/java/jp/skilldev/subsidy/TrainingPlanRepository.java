package jp.skilldev.subsidy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingPlanRepository extends JpaRepository<TrainingPlan, Long> {

    List<TrainingPlan> findByOwnerOrderById(String owner);

    /** The establishment's other plans whose training starts in the given fiscal year and that are still alive. */
    @Query("""
            select p from TrainingPlan p where p.establishment.id = :establishmentId and p.id <> :excludedPlanId
            and p.trainingStart between :fiscalYearStart and :fiscalYearEnd and p.status not in :deadStatuses""")
    List<TrainingPlan> findOthersStartingBetween(Long establishmentId, long excludedPlanId, LocalDate fiscalYearStart,
                                                 LocalDate fiscalYearEnd, Collection<PlanStatus> deadStatuses);
}
