-- Applicants (申請者): training providers, employers and workers. Bureau staff live in Camunda's identity service.
create table app_user (
    username      varchar(64)  primary key,
    password_hash varchar(100) not null,
    role          varchar(16)  not null check (role in ('PROVIDER', 'EMPLOYER', 'WORKER')),
    display_name  varchar(200) not null,
    email         varchar(254) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

-- Notification outbox: written in the transaction of the step that causes the mail, sent after commit.
create table outbox_message (
    id              bigserial    primary key,
    business_key    varchar(200) not null unique,
    recipient       varchar(254) not null,
    subject         varchar(500) not null,
    body            text         not null,
    created_at      timestamptz  not null,
    status          varchar(16)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(2000)
);
create index outbox_message_pending on outbox_message (next_attempt_at) where status = 'PENDING';
