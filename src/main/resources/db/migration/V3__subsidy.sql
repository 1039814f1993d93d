-- Human Resources Development Subsidy (人材開発支援助成金 人材育成支援コース): establishments, training plans,
-- claims and payment instructions. Amounts in whole yen; hours with two decimals.

-- 事業所: an employer's employment-insurance-covered establishment.
create table subsidy_establishment (
    id                      bigserial    primary key,
    owner                   varchar(64)  not null references app_user (username),
    name                    varchar(200) not null,
    industry                varchar(16)  not null check (industry in ('RETAIL', 'SERVICES', 'WHOLESALE', 'OTHER')),
    capital_yen             bigint       not null check (capital_yen >= 0),
    regular_employees       integer      not null check (regular_employees >= 0),
    insurance_office_number varchar(32)  not null,
    created_at              timestamptz  not null,
    version                 bigint       not null default 0
);
create index subsidy_establishment_owner on subsidy_establishment (owner);

-- 訓練計画届: the training plan; company size is frozen at filing (seed 002 *1).
create table subsidy_plan (
    id                  bigserial     primary key,
    establishment_id    bigint        not null references subsidy_establishment (id),
    owner               varchar(64)   not null references app_user (username),
    training_kind       varchar(32)   not null
        check (training_kind in ('HUMAN_RESOURCE_DEVELOPMENT', 'CERTIFIED_WORK_STUDY', 'FIXED_TERM_WORK_STUDY')),
    training_start      date          not null,
    training_end        date          not null check (training_end >= training_start),
    off_jt_hours        numeric(9, 2) not null check (off_jt_hours >= 0),
    ojt_hours           numeric(9, 2) not null check (ojt_hours >= 0),
    filed_on            date          not null,
    company_size        varchar(8)    not null check (company_size in ('SME', 'LARGE')),
    company_size_basis  varchar(1000) not null,
    status              varchar(32)   not null check (status in ('UNDER_REVIEW', 'CORRECTION_REQUESTED', 'APPROVED',
        'REJECTED', 'WITHDRAWN', 'AWAITING_CLAIM', 'CLAIM_FILED', 'PAID', 'CLAIM_REJECTED', 'CLAIM_PERIOD_EXPIRED', 'LAPSED')),
    plan_checks         text          not null default '',
    plan_checks_passed  boolean       not null default false,
    estimated_total_yen bigint        not null,
    created_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index subsidy_plan_owner on subsidy_plan (owner);
create index subsidy_plan_establishment on subsidy_plan (establishment_id);

-- 対象労働者: a trainee of the plan.
create table subsidy_trainee (
    id                  bigserial    primary key,
    plan_id             bigint       not null references subsidy_plan (id) on delete cascade,
    position            integer      not null,
    name                varchar(200) not null,
    worker_type         varchar(32)  not null check (worker_type in ('INSURED', 'FIXED_TERM', 'FIXED_TERM_TO_REGULAR')),
    planned_expense_yen bigint       not null check (planned_expense_yen >= 0)
);

-- 支給申請: the payment claim and the wage-requirement premium claim, one of each per plan.
create table subsidy_claim (
    id                  bigserial    primary key,
    plan_id             bigint       not null references subsidy_plan (id),
    establishment_id    bigint       not null references subsidy_establishment (id),
    kind                varchar(16)  not null check (kind in ('PAYMENT', 'PREMIUM')),
    filed_on            date         not null,
    fiscal_year         integer      not null,
    wage_paid_on        date,
    status              varchar(16)  not null check (status in ('FILED', 'COMPUTED', 'APPROVED', 'REJECTED')),
    subtotal_yen        bigint,
    already_decided_yen bigint,
    total_yen           bigint,
    breakdown           text,
    decided_on          date,
    version             bigint       not null default 0,
    unique (plan_id, kind)
);
create index subsidy_claim_fiscal_year on subsidy_claim (establishment_id, fiscal_year);

-- The actual figures of one trainee in a claim.
create table subsidy_claim_trainee (
    id                   bigserial     primary key,
    claim_id             bigint        not null references subsidy_claim (id) on delete cascade,
    trainee_id           bigint        not null references subsidy_trainee (id),
    off_jt_hours         numeric(9, 2) not null check (off_jt_hours >= 0),
    ojt_hours            numeric(9, 2) not null check (ojt_hours >= 0),
    expense_paid_yen     bigint        not null check (expense_paid_yen >= 0),
    converted_to_regular boolean       not null,
    wage_requirement_met boolean       not null,
    unique (claim_id, trainee_id)
);

-- 支払指示: recorded exactly once per decided claim (the unique key makes a retried step a no-op).
create table subsidy_payment_instruction (
    id               bigserial   primary key,
    claim_id         bigint      not null unique references subsidy_claim (id),
    establishment_id bigint      not null references subsidy_establishment (id),
    amount_yen       bigint      not null check (amount_yen >= 0),
    instructed_at    timestamptz not null
);
