-- Education training leave benefit (教育訓練休暇給付金): one case per agreed unpaid training leave.
create table leave_benefit_case (
    id                              bigserial    primary key,
    employer_username               varchar(64)  not null references app_user (username),
    worker_username                 varchar(64)  not null references app_user (username),
    leave_start                     date         not null,
    planned_last_day                date         not null,
    actual_last_day                 date,
    unpaid                          boolean      not null,
    own_initiative_under_work_rules boolean      not null,
    business_order                  boolean      not null,
    dismissal_planned               boolean      not null,
    worker_age_at_leave_start       integer      not null,
    enrolment_years                 integer      not null,
    insured_months_in_last_two_years integer     not null,
    wages_six_months_yen            bigint,
    wage_certificate_filed_on       date,
    initial_application_filed_on    date,
    late_application_reason         varchar(1000),
    status                          varchar(32)  not null,
    failed_conditions               varchar(500),
    decision_note                   varchar(1000),
    decided_on                      date,
    wage_daily_amount_yen           bigint,
    daily_amount_yen                bigint,
    benefit_days                    integer,
    rule_citation                   varchar(200),
    days_used                       integer      not null default 0,
    end_reason                      varchar(32),
    created_at                      timestamptz  not null,
    version                         integer      not null default 0,
    check (planned_last_day >= leave_start)
);
create index leave_benefit_case_employer on leave_benefit_case (employer_username);
create index leave_benefit_case_worker on leave_benefit_case (worker_username);

-- Certification periods (支給単位期間): one row per case and period number, written once when the period closes.
create table leave_benefit_period (
    id                    bigserial   primary key,
    case_id               bigint      not null references leave_benefit_case (id),
    period_no             integer     not null,
    first_day             date        not null,
    last_day              date        not null,
    status                varchar(32) not null,
    declared_on           date,
    training_attended     boolean,
    days_worked_or_paid   integer,
    payable_days          integer,
    certified_on          date,
    version               integer     not null default 0,
    unique (case_id, period_no)
);

-- Payments: the unique key per case and period makes a retried payment step pay once.
create table leave_benefit_payment (
    id               bigserial   primary key,
    case_id          bigint      not null references leave_benefit_case (id),
    period_no        integer     not null,
    days             integer     not null check (days >= 0),
    daily_amount_yen bigint      not null,
    amount_yen       bigint      not null,
    paid_on          date        not null,
    unique (case_id, period_no)
);
