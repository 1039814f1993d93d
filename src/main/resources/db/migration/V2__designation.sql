-- Course-designation applications (教育訓練給付 指定講座の指定申請) and their step history.
create table designation_application (
    id                     bigserial    primary key,
    version                integer      not null default 0,
    provider_username      varchar(64)  not null references app_user (username),
    provider_name          varchar(200) not null,
    course_name            varchar(200) not null,
    tier                   varchar(32)  not null check (tier in ('GENERAL', 'SPECIFIC_GENERAL', 'SPECIALIZED_PRACTICAL')),
    field                  varchar(100) not null,
    prefecture             varchar(20)  not null,
    training_hours         integer      not null,
    duration_months        integer      not null,
    delivery_mode          varchar(16)  not null check (delivery_mode in ('CLASSROOM', 'ONLINE', 'CORRESPONDENCE')),
    target_qualification   varchar(200),
    fee_yen                bigint       not null,
    track_record_since     date         not null,
    facility_manager       varchar(100),
    complaints_officer     varchar(100),
    status                 varchar(24)  not null check (status in ('SUBMITTED', 'IN_REVIEW', 'CORRECTION_REQUESTED',
                               'APPROVED', 'REJECTED', 'LAPSED', 'WITHDRAWN', 'EXPIRED', 'RENEWED')),
    submitted_on           date         not null,
    window_name            varchar(20)  not null,
    window_opens           date         not null,
    window_closes          date         not null,
    last_filing_day        date         not null,
    designated_from        date         not null,
    designated_until       date         not null,
    renews_application_id  bigint       references designation_application (id),
    criteria_summary       text,
    criteria_all_met       boolean,
    review_comment         varchar(4000),
    correction_request     varchar(4000),
    correction_due         date,
    correction_answer      varchar(4000),
    process_instance_id    varchar(64)
);
-- One open application per provider and course name (the API answers 409 before this fires).
create unique index designation_application_one_open on designation_application (provider_username, course_name)
    where status in ('SUBMITTED', 'IN_REVIEW', 'CORRECTION_REQUESTED');
create index designation_application_provider on designation_application (provider_username, id desc);
create index designation_application_register on designation_application (designated_from, designated_until)
    where status in ('APPROVED', 'EXPIRED', 'RENEWED');

create table designation_step (
    id              bigserial    primary key,
    application_id  bigint       not null references designation_application (id),
    step            varchar(32)  not null,
    occurred_on     date         not null,
    occurred_at     timestamptz  not null,
    note            varchar(4000)
);
create index designation_step_application on designation_step (application_id, id);
