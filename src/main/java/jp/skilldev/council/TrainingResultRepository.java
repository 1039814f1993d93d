package jp.skilldev.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingResultRepository extends JpaRepository<TrainingResultRecord, Long> {

    List<TrainingResultRecord> findByPrefectureAndFiscalYearOrderByIdAsc(Prefecture prefecture, int fiscalYear);
}
