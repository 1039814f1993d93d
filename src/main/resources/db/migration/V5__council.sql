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
