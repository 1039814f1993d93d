/**
 * The education training leave benefit lifecycle (process {@code education-leave-benefit}, RULES §3): the
 * employer records the leave and the wage certificate, the worker applies and declares every 30-day period,
 * Hello Work officers decide eligibility and certify each period in Tasklist, and each certified period is
 * paid once.
 *
 * <ul>
 *   <li>Rules in plain Java over effective-dated rule data ({@code leave-*.yaml}): {@link
 *       jp.skilldev.leavebenefit.DailyAmount}, {@link jp.skilldev.leavebenefit.BenefitDaysRules}, {@link
 *       jp.skilldev.leavebenefit.Eligibility}, {@link jp.skilldev.leavebenefit.CertificationPeriods}, bound in
 *       {@link jp.skilldev.leavebenefit.LeaveBenefitRules}.</li>
 *   <li>Cases, periods and payments in the module's tables ({@code V4__leave_benefit.sql}), changed only
 *       through {@link jp.skilldev.leavebenefit.LeaveBenefitService}.</li>
 *   <li>{@code process/}: the engine adapter and one delegate per step; {@code api/}: the REST endpoints and
 *       the public estimator.</li>
 * </ul>
 */
package jp.skilldev.leavebenefit;
