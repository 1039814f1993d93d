package jp.skilldev.leavebenefit;

/**
 * The rule data of the table {@code leave-certification}: the certification cycle (支給単位期間と認定)
 * and the allowances and reminders around each filing.
 *
 * @param periodDays                          a certification period closes every this many days counted from leave start
 * @param receiptPeriodYears                  the benefit is paid only within this many years counted from leave start (受給期間)
 * @param declarationFilingAllowanceDays      days counted from the day after a period closes to file its declaration
 * @param declarationReminderGraceDays        days after the reminder before a missing declaration leaves the period unpaid
 * @param wageCertificateReminderDaysBefore   the employer is reminded this many days before the wage-certificate deadline
 * @param initialApplicationReminderGraceDays days after the missed first-application deadline before an officer takes over
 */
public record CertificationRules(int periodDays, int receiptPeriodYears, int declarationFilingAllowanceDays,
                                 int declarationReminderGraceDays, int wageCertificateReminderDaysBefore,
                                 int initialApplicationReminderGraceDays) {

    public CertificationRules {
        if (periodDays < 1 || receiptPeriodYears < 1 || declarationFilingAllowanceDays < 1
                || declarationReminderGraceDays < 1 || wageCertificateReminderDaysBefore < 0
                || initialApplicationReminderGraceDays < 1) {
            throw new IllegalArgumentException("certification periods and allowances must be positive");
        }
    }
}
