package jp.skilldev.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jp.skilldev.council.TrainingKpis.Kpis;
import jp.skilldev.council.TrainingKpis.TypeKpis;
import jp.skilldev.ruledata.TypedRuleTable;
import org.junit.jupiter.api.Test;

/**
 * The council's published percentages (seed 001 = /work/shared/seeds/001_council_gunma_2025_joined.txt)
 * recomputed from the published inputs. The seed rounds half up to one decimal place (四捨五入, as
 * Excel's ROUND: 324 ÷ 441 = 73.469…% is printed 73.5%, so it is not truncation).
 */
class TrainingKpisTest {

    private static final TypedRuleTable<TrainingTargets> TARGETS =
            CouncilRuleData.ruleBook().typed("council-targets", TrainingTargets.class);

    private static TrainingResult line(TrainingType type, String field, String planned, String capacity, String applicants,
                                       String entrants, String completers, String employed) {
        return new TrainingResult(type, field, count(planned), count(capacity), count(applicants), count(entrants), null,
                count(completers), count(employed));
    }

    private static BigDecimal count(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static List<TypeKpis> kpis(int fiscalYear, TrainingResult... lines) {
        return TrainingKpis.compute(List.of(lines), TARGETS.on(new FiscalYear(fiscalYear).start()).value());
    }

    private static TypeKpis type(List<TypeKpis> report, TrainingType type) {
        return report.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    private static Kpis field(TypeKpis type, String field) {
        return type.fields().stream().filter(k -> k.line().field().equals(field)).findFirst().orElseThrow();
    }

    private static String pct(Ratio ratio) {
        return ratio == null ? null : ratio.percentRounded(1).toPlainString();
    }

    /** 資料1-2 令和６年度 計画数及び受講者数 (lines 112–118; entrants of in-service 147/142, disability 147, job-seeker 148). */
    @Test
    void fiscal2024FillAndExecutionRatesMatchTable1dash2() {
        List<TypeKpis> report = kpis(2024,
                line(TrainingType.IN_FACILITY, null, "441", "441", null, "324", "266", "234"),
                line(TrainingType.COMMISSIONED, null, "931", "829", null, "464", "436", "337"),
                line(TrainingType.IN_SERVICE, "機構", "1643", null, null, "1286.5", null, null),
                line(TrainingType.IN_SERVICE, "県", "1580", null, null, "734", null, null),
                line(TrainingType.SCHOOL_LEAVER, null, "280", "280", null, "148", "149", "147"),
                line(TrainingType.DISABILITY, null, "62", "50", null, "23", "22", "13"),
                line(TrainingType.JOB_SEEKER_PRACTICAL, null, "885", "870", null, "668", null, null));

        Kpis inFacility = type(report, TrainingType.IN_FACILITY).total();
        assertThat(pct(inFacility.capacityFillRate())).isEqualTo("73.5");
        assertThat(pct(inFacility.planExecutionRate())).isEqualTo("73.5");
        Kpis commissioned = type(report, TrainingType.COMMISSIONED).total();
        assertThat(pct(commissioned.capacityFillRate())).isEqualTo("56.0");
        assertThat(pct(commissioned.planExecutionRate())).isEqualTo("49.8");
        TypeKpis inService = type(report, TrainingType.IN_SERVICE);
        assertThat(pct(field(inService, "機構").planExecutionRate())).isEqualTo("78.3");
        assertThat(pct(field(inService, "県").planExecutionRate())).isEqualTo("46.5");
        assertThat(field(inService, "県").capacityFillRate()).isNull();
        Kpis schoolLeaver = type(report, TrainingType.SCHOOL_LEAVER).total();
        assertThat(pct(schoolLeaver.capacityFillRate())).isEqualTo("52.9");
        Kpis disability = type(report, TrainingType.DISABILITY).total();
        assertThat(pct(disability.capacityFillRate())).isEqualTo("46.0");
        assertThat(pct(disability.planExecutionRate())).isEqualTo("37.1");
        Kpis jobSeeker = type(report, TrainingType.JOB_SEEKER_PRACTICAL).total();
        assertThat(pct(jobSeeker.capacityFillRate())).isEqualTo("76.8");
        assertThat(pct(jobSeeker.planExecutionRate())).isEqualTo("75.5");
    }

    /** 資料1-2 令和６年度 就職者数及び就職率 (lines 166–169) against the 令和６年度 targets (line 174). */
    @Test
    void fiscal2024EmploymentRatesMatchTable1dash2AndAreCheckedAgainstThatYearsTargets() {
        List<TypeKpis> report = kpis(2024,
                line(TrainingType.IN_FACILITY, null, "441", "441", null, "324", "266", "234"),
                line(TrainingType.COMMISSIONED, null, "931", "829", null, "464", "436", "337"),
                line(TrainingType.SCHOOL_LEAVER, null, "280", "280", null, "148", "149", "147"),
                line(TrainingType.DISABILITY, null, "62", "50", null, "23", "22", "13"));

        Kpis inFacility = type(report, TrainingType.IN_FACILITY).total();
        assertThat(pct(inFacility.employmentRate())).isEqualTo("88.0");
        assertThat(inFacility.employmentTargetPercent()).isEqualByComparingTo("82.5");
        assertThat(inFacility.employmentTargetAchieved()).isTrue();
        Kpis commissioned = type(report, TrainingType.COMMISSIONED).total();
        assertThat(pct(commissioned.employmentRate())).isEqualTo("77.3");
        assertThat(commissioned.employmentTargetAchieved()).isTrue();
        assertThat(pct(type(report, TrainingType.SCHOOL_LEAVER).total().employmentRate())).isEqualTo("98.7");
        assertThat(type(report, TrainingType.SCHOOL_LEAVER).total().employmentTargetAchieved()).isNull();
        assertThat(pct(type(report, TrainingType.DISABILITY).total().employmentRate())).isEqualTo("59.1");
    }

    /** 資料1-2 ≪参考≫ 令和５年度 (lines 128–134, 185–192; in-service entrants lines 155–156, disability 152). */
    @Test
    void fiscal2023RatesMatchTable1dash2() {
        List<TypeKpis> report = kpis(2023,
                line(TrainingType.IN_FACILITY, null, "481", "481", null, "332", "250", "221"),
                line(TrainingType.COMMISSIONED, null, "960", "868", null, "630", "577", "451"),
                line(TrainingType.IN_SERVICE, "機構", "1604", null, null, "1216.5", null, null),
                line(TrainingType.IN_SERVICE, "県", "1500", null, null, "548", null, null),
                line(TrainingType.SCHOOL_LEAVER, null, "280", "280", null, "187", "179", "179"),
                line(TrainingType.DISABILITY, null, "66", "50", null, "21", "19", "14"),
                line(TrainingType.JOB_SEEKER_BASIC, null, null, null, null, null, "145", "81"),
                line(TrainingType.JOB_SEEKER_PRACTICAL, null, null, null, null, null, "482", "294"));

        Kpis inFacility = type(report, TrainingType.IN_FACILITY).total();
        assertThat(pct(inFacility.capacityFillRate())).isEqualTo("69.0");
        assertThat(pct(inFacility.employmentRate())).isEqualTo("88.4");
        assertThat(inFacility.employmentTargetPercent()).isEqualByComparingTo("80");
        Kpis commissioned = type(report, TrainingType.COMMISSIONED).total();
        assertThat(pct(commissioned.capacityFillRate())).isEqualTo("72.6");
        assertThat(pct(commissioned.planExecutionRate())).isEqualTo("65.6");
        assertThat(pct(commissioned.employmentRate())).isEqualTo("78.2");
        TypeKpis inService = type(report, TrainingType.IN_SERVICE);
        assertThat(pct(field(inService, "機構").planExecutionRate())).isEqualTo("75.8");
        assertThat(pct(field(inService, "県").planExecutionRate())).isEqualTo("36.5");
        Kpis schoolLeaver = type(report, TrainingType.SCHOOL_LEAVER).total();
        assertThat(pct(schoolLeaver.capacityFillRate())).isEqualTo("66.8");
        assertThat(pct(schoolLeaver.employmentRate())).isEqualTo("100.0");
        Kpis disability = type(report, TrainingType.DISABILITY).total();
        assertThat(pct(disability.capacityFillRate())).isEqualTo("42.0");
        assertThat(pct(disability.planExecutionRate())).isEqualTo("31.8");
        assertThat(pct(disability.employmentRate())).isEqualTo("73.7");
        Kpis basic = type(report, TrainingType.JOB_SEEKER_BASIC).total();
        assertThat(pct(basic.employmentRate())).isEqualTo("55.9");
        assertThat(basic.employmentTargetAchieved()).isFalse();
        Kpis practical = type(report, TrainingType.JOB_SEEKER_PRACTICAL).total();
        assertThat(pct(practical.employmentRate())).isEqualTo("61.0");
        assertThat(practical.employmentTargetAchieved()).isFalse();
    }

    /** 資料1-3 令和６年度 委託訓練実施状況 by field (lines 243–249); the e-learning line's "#DIV/0!" is no rate. */
    @Test
    void commissionedFieldFillRatesMatchTable1dash3() {
        TypeKpis commissioned = type(kpis(2024,
                line(TrainingType.COMMISSIONED, "介護・医療・福祉系", "299", "200", "131", "115", null, null),
                line(TrainingType.COMMISSIONED, "技術系", "90", "55", "51", "44", null, null),
                line(TrainingType.COMMISSIONED, "事務系", "296", "248", "198", "171", null, null),
                line(TrainingType.COMMISSIONED, "ＩＴ系", "123", "48", "39", "35", null, null),
                line(TrainingType.COMMISSIONED, "その他（共通）", "108", "128", "104", "99", null, null),
                line(TrainingType.COMMISSIONED, "ｅラーニング", "15", "0", "0", "0", null, null)),
                TrainingType.COMMISSIONED);

        assertThat(pct(field(commissioned, "介護・医療・福祉系").capacityFillRate())).isEqualTo("57.5");
        assertThat(pct(field(commissioned, "技術系").capacityFillRate())).isEqualTo("80.0");
        assertThat(pct(field(commissioned, "事務系").capacityFillRate())).isEqualTo("69.0");
        assertThat(pct(field(commissioned, "ＩＴ系").capacityFillRate())).isEqualTo("72.9");
        assertThat(pct(field(commissioned, "その他（共通）").capacityFillRate())).isEqualTo("77.3");
        assertThat(field(commissioned, "ｅラーニング").capacityFillRate()).isNull();
        assertThat(commissioned.total().line().planned()).isEqualByComparingTo("931");
        assertThat(commissioned.total().line().capacity()).isEqualByComparingTo("679");
        assertThat(pct(commissioned.total().capacityFillRate())).isEqualTo("68.3");
    }

    /** 資料1-3 令和６年度 求職者支援訓練実施状況 (lines 256–267): practical fields, and basic/practical lines. */
    @Test
    void jobSeekerFieldFillRatesMatchTable1dash3() {
        List<TypeKpis> report = kpis(2024,
                line(TrainingType.JOB_SEEKER_BASIC, null, "220", "220", "209", "167", null, null),
                line(TrainingType.JOB_SEEKER_PRACTICAL, null, "665", "650", "646", "501", null, null),
                line(TrainingType.JOB_SEEKER_PRACTICAL, "デジタル系（ＩＴ分野及びデザインコース）", "200", "175", "201", "149", null, null),
                line(TrainingType.JOB_SEEKER_PRACTICAL, "介護分野", "150", "173", "122", "108", null, null),
                line(TrainingType.JOB_SEEKER_PRACTICAL, "医療事務分野", "75", "82", "69", "59", null, null),
                line(TrainingType.JOB_SEEKER_PRACTICAL, "営業・販売・事務分野", "195", "175", "209", "152", null, null));

        assertThat(pct(type(report, TrainingType.JOB_SEEKER_BASIC).total().capacityFillRate())).isEqualTo("75.9");
        TypeKpis practical = type(report, TrainingType.JOB_SEEKER_PRACTICAL);
        assertThat(pct(practical.total().capacityFillRate())).as("the published total line wins over the sum").isEqualTo("77.1");
        assertThat(pct(field(practical, "デジタル系（ＩＴ分野及びデザインコース）").capacityFillRate())).isEqualTo("85.1");
        assertThat(pct(field(practical, "介護分野").capacityFillRate())).isEqualTo("62.4");
        assertThat(pct(field(practical, "医療事務分野").capacityFillRate())).isEqualTo("72.0");
        assertThat(pct(field(practical, "営業・販売・事務分野").capacityFillRate())).isEqualTo("86.9");
    }

    /** 資料1-3 令和６年度 施設内訓練 by course (lines 225, 232, 236, 237): over-full courses above 100%. */
    @Test
    void inFacilityCourseFillRatesMatchTable1dash3IncludingOverFullCourses() {
        TypeKpis inFacility = type(kpis(2024,
                line(TrainingType.IN_FACILITY, "コース1", "60", "60", "36", "34", null, null),
                line(TrainingType.IN_FACILITY, "コース8", "40", "40", "57", "42", null, null),
                line(TrainingType.IN_FACILITY, "コース12", "20", "20", "31", "28", null, null),
                line(TrainingType.IN_FACILITY, null, "441", "441", "377", "324", null, null)),
                TrainingType.IN_FACILITY);

        assertThat(pct(field(inFacility, "コース1").capacityFillRate())).isEqualTo("56.7");
        assertThat(pct(field(inFacility, "コース8").capacityFillRate())).isEqualTo("105.0");
        assertThat(pct(field(inFacility, "コース12").capacityFillRate())).isEqualTo("140.0");
        assertThat(pct(inFacility.total().capacityFillRate())).isEqualTo("73.5");
    }

    /**
     * The seed's categories (資料3, 令和８年度の実施方針（案）): commissioned care 応募倍率 65.5% with 就職率 92.5%
     * and IT 81.3% with 70.3%. The application figures are the seed's (資料1-3: 131 ÷ 200, 39 ÷ 48; type
     * 523 ÷ 679 = 77.0%); its per-field completer counts are not published, so 37 of 40 and 26 of 37
     * stand in for 92.5% and 70.3%.
     */
    @Test
    void fieldsAreFlaggedByTheSeedsTwoCategories() {
        TypeKpis commissioned = type(kpis(2024,
                line(TrainingType.COMMISSIONED, "介護・医療・福祉系", "299", "200", "131", "115", "40", "37"),
                line(TrainingType.COMMISSIONED, "ＩＴ系", "123", "48", "39", "35", "37", "26"),
                line(TrainingType.COMMISSIONED, "事務系", "296", "248", "198", "171", "100", "80"),
                line(TrainingType.COMMISSIONED, null, "931", "679", "523", "464", null, null)),
                TrainingType.COMMISSIONED);

        Kpis care = field(commissioned, "介護・医療・福祉系");
        assertThat(pct(care.applicationRatio())).isEqualTo("65.5");
        assertThat(pct(care.employmentRate())).isEqualTo("92.5");
        assertThat(care.flag()).isEqualTo(FieldFlag.LOW_APPLICATIONS_HIGH_EMPLOYMENT);
        Kpis it = field(commissioned, "ＩＴ系");
        assertThat(pct(it.applicationRatio())).isEqualTo("81.3");
        assertThat(pct(it.employmentRate())).isEqualTo("70.3");
        assertThat(it.flag()).isEqualTo(FieldFlag.HIGH_APPLICATIONS_LOW_EMPLOYMENT);
        assertThat(field(commissioned, "事務系").flag()).as("79.8% applications, 80% employment: no category").isNull();
    }

    @Test
    void employmentExactlyAtTheTargetAchievesIt() {
        TypeKpis inFacility = type(kpis(2024,
                line(TrainingType.IN_FACILITY, "at", "10", "10", null, "10", "200", "165"),
                line(TrainingType.IN_FACILITY, "below", "10", "10", null, "10", "200", "164")),
                TrainingType.IN_FACILITY);
        assertThat(field(inFacility, "at").employmentTargetAchieved()).isTrue();
        assertThat(field(inFacility, "below").employmentTargetAchieved()).isFalse();
    }
}
