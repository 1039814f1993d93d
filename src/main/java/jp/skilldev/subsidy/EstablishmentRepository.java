package jp.skilldev.subsidy;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EstablishmentRepository extends JpaRepository<Establishment, Long> {

    List<Establishment> findByOwnerOrderById(String owner);

    /** Serialises the decisions of one establishment, so that two approvals never both fit under the fiscal-year limit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Establishment e where e.id = :id")
    Optional<Establishment> lockById(Long id);
}
