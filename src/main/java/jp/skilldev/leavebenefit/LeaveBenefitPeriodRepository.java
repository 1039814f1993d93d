package jp.skilldev.leavebenefit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaveBenefitPeriodRepository extends JpaRepository<LeaveBenefitPeriod, Long> {

    Optional<LeaveBenefitPeriod> findByCaseIdAndPeriodNo(Long caseId, int periodNo);

    List<LeaveBenefitPeriod> findByCaseIdOrderByPeriodNo(Long caseId);
}
