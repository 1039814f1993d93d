package jp.skilldev.designation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DesignationStepRepository extends JpaRepository<DesignationStep, Long> {

    List<DesignationStep> findByApplicationIdOrderByIdAsc(Long applicationId);
}
