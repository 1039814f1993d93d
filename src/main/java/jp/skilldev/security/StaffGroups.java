package jp.skilldev.security;

import java.util.List;

/** The Camunda groups of labour-bureau staff; their ids are contracts used by BPMN candidate groups. */
public final class StaffGroups {

    /** 指定講座の審査担当 — course-designation reviewers. */
    public static final String DESIGNATION_REVIEWERS = "designation-reviewers";
    /** 助成金の審査担当 — subsidy reviewers. */
    public static final String SUBSIDY_REVIEWERS = "subsidy-reviewers";
    /** ハローワークの給付担当 — leave-benefit officers. */
    public static final String LEAVE_BENEFIT_OFFICERS = "leave-benefit-officers";
    /** 地域協議会事務局 — regional council secretariat. */
    public static final String COUNCIL_SECRETARIAT = "council-secretariat";
    /** Camunda's administrators' group. */
    public static final String ADMINS = "camunda-admin";

    public static final List<String> WORK_GROUPS =
            List.of(DESIGNATION_REVIEWERS, SUBSIDY_REVIEWERS, LEAVE_BENEFIT_OFFICERS, COUNCIL_SECRETARIAT);

    private StaffGroups() {
    }
}
