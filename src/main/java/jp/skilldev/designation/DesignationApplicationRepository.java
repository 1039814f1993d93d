package jp.skilldev.designation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DesignationApplicationRepository extends JpaRepository<DesignationApplication, Long> {

    Page<DesignationApplication> findByProviderUsernameOrderByIdDesc(String providerUsername, Pageable pageable);

    Optional<DesignationApplication> findByIdAndProviderUsername(Long id, String providerUsername);

    boolean existsByProviderUsernameAndCourseNameAndStatusIn(String providerUsername, String courseName,
                                                            Collection<DesignationStatus> statuses);

    List<DesignationApplication> findByProviderUsernameAndCourseNameAndStatusAndDesignatedUntil(
            String providerUsername, String courseName, DesignationStatus status, LocalDate designatedUntil);

    List<DesignationApplication> findByRenewsApplicationIdAndStatusIn(Long renewsApplicationId,
                                                                      Collection<DesignationStatus> statuses);

    /** The public register: designated courses whose term covers the day. */
    @Query("""
            select a from DesignationApplication a
            where a.status in :statuses and a.designatedFrom <= :day and a.designatedUntil >= :day
              and (:prefecture is null or a.prefecture = :prefecture)
              and (:field is null or a.field = :field)
              and (:tier is null or a.tier = :tier)
              and (:q is null or lower(a.courseName) like :q or lower(a.providerName) like :q
                   or lower(coalesce(a.targetQualification, '')) like :q)
            order by a.prefecture, a.courseName, a.id""")
    Page<DesignationApplication> register(@Param("statuses") Collection<DesignationStatus> statuses,
                                          @Param("day") LocalDate day, @Param("prefecture") String prefecture,
                                          @Param("field") String field, @Param("tier") CourseTier tier,
                                          @Param("q") String q, Pageable pageable);
}
