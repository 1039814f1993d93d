package jp.skilldev.security;

/** The kinds of applicant (申請者) who use the API; bureau staff are not applicants. */
public enum ApplicantRole {
    /** 教育訓練機関 — training provider. */
    PROVIDER,
    /** 事業主 — employer. */
    EMPLOYER,
    /** 労働者（被保険者） — worker. */
    WORKER
}
