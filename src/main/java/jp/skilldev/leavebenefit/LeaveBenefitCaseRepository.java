package jp.skilldev.leavebenefit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeaveBenefitCaseRepository extends JpaRepository<LeaveBenefitCase, Long> {

    @Query("select c from LeaveBenefitCase c where c.employerUsername = ?1 or c.workerUsername = ?1 order by c.id")
    List<LeaveBenefitCase> findConcerning(String username);
}
