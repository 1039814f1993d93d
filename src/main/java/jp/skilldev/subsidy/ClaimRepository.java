package jp.skilldev.subsidy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

    Optional<Claim> findByPlanIdAndKind(Long planId, ClaimKind kind);

    List<Claim> findByPlanIdOrderById(Long planId);

    /** What was already decided (approved) for the establishment in the fiscal year, this claim excluded. */
    @Query("""
            select coalesce(sum(c.totalYen), 0) from Claim c where c.establishmentId = :establishmentId
            and c.fiscalYear = :fiscalYear and c.status = jp.skilldev.subsidy.ClaimStatus.APPROVED and c.id <> :excludedClaimId""")
    long sumApproved(Long establishmentId, int fiscalYear, long excludedClaimId);
}
