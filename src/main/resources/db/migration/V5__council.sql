-- Results of public training (実績) per prefecture, fiscal year, training type and field, as the council
-- secretariat imports them; a later import of the same type and field replaces the earlier line.
-- Counts are numeric(9,1): in-service training counts people in halves for short courses (seed 001 資料1-2).
create table council_training_result (
    id            bigserial     primary key,
    prefecture    varchar(16)   not null,
    fiscal_year   integer       not null check (fiscal_year between 2000 and 2098),
    training_type varchar(32)   not null,
    field         varchar(100)  not null,
    planned       numeric(9, 1) check (planned >= 0),
    capacity      numeric(9, 1) check (capacity >= 0),
    applicants    numeric(9, 1) check (applicants >= 0),
    entrants      numeric(9, 1) check (entrants >= 0),
    students      numeric(9, 1) check (students >= 0),
    completers    numeric(9, 1) check (completers >= 0),
    employed      numeric(9, 1) check (employed >= 0 and (completers is null or employed <= completers)),
    imported_at   timestamptz   not null,
    imported_by   varchar(64)   not null,
    version       bigint        not null default 0,
    unique (prefecture, fiscal_year, training_type, field)
);

-- One yearly plan–do–check–act cycle of a prefecture's council (process council-annual-cycle).
create table council_cycle (
    id                  bigserial    primary key,
    prefecture          varchar(16)  not null,
    fiscal_year         integer      not null check (fiscal_year between 2000 and 2098),
    process_instance_id varchar(64),
    started_at          timestamptz  not null,
    closed_on           date,
    unique (prefecture, fiscal_year)
);

-- Meetings of the council (協議会) held in a cycle; at least two a year.
create table council_meeting (
    id        bigserial primary key,
    cycle_id  bigint    not null references council_cycle (id),
    number    integer   not null check (number >= 1),
    held_on   date      not null,
    unique (cycle_id, number)
);

-- Courses the effect-verification working group examines (公的職業訓練効果検証ワーキンググループ).
create table council_wg_course (
    id          bigserial    primary key,
    cycle_id    bigint       not null references council_cycle (id),
    field       varchar(100) not null,
    course_name varchar(200) not null,
    provider    varchar(200) not null
);

-- Hearings per course with the provider, a completer and a hiring employer, each answering the mandatory questions.
create table council_wg_hearing (
    id          bigserial     primary key,
    course_id   bigint        not null references council_wg_course (id),
    kind        varchar(16)   not null check (kind in ('PROVIDER', 'COMPLETER', 'EMPLOYER')),
    interviewee varchar(200)  not null,
    answer1     varchar(4000) not null,
    answer2     varchar(4000) not null,
    answer3     varchar(4000) not null,
    held_on     date          not null
);
