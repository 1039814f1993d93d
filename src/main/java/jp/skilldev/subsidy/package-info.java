/**
 * The Human Resources Development Subsidy lifecycle (人材開発支援助成金 人材育成支援コース, RULES.md §2),
 * process {@code subsidy-plan-to-claim}: an employer registers an establishment, files a training plan
 * inside its window, the plan is checked and reviewed, training runs, the payment claim is filed inside
 * its window, the amount is computed line by line, reviewed and paid once; the wage-requirement premium
 * is a later claim of its own.
 *
 * <p>Pure rule code: {@link jp.skilldev.subsidy.SmeClassification}, {@link jp.skilldev.subsidy.TrainingPlanChecks},
 * {@link jp.skilldev.subsidy.SubsidyAmounts}, {@link jp.skilldev.subsidy.ClaimWindow}, all fed by the rule tables
 * {@code subsidy-sme-limits}, {@code subsidy-training-requirements} and {@code subsidy-rates}.
 * Delegates live in {@code process}, controllers in {@code api}.
 */
package jp.skilldev.subsidy;
