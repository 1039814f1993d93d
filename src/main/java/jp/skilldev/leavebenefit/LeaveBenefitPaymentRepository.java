package jp.skilldev.leavebenefit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaveBenefitPaymentRepository extends JpaRepository<LeaveBenefitPayment, Long> {

    boolean existsByCaseIdAndPeriodNo(Long caseId, int periodNo);

    List<LeaveBenefitPayment> findByCaseIdOrderByPeriodNo(Long caseId);
}
