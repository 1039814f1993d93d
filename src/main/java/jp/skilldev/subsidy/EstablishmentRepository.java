package jp.skilldev.subsidy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EstablishmentRepository extends JpaRepository<Establishment, Long> {

    List<Establishment> findByOwnerOrderById(String owner);
}
