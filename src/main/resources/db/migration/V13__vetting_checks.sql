-- Vetting: what the lead provider checked about each organisation, by whom, when and until when.
-- No row for a kind means "not checked". Passed checks that have not expired show on listing pages.
create table organisation_check (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id) on delete cascade,
    kind             varchar(30)   not null,
    status           varchar(20)   not null,
    checked_by       varchar(200),
    checked_on       date,
    expires_on       date,
    note             varchar(1000),
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint organisation_check_one_per_kind unique (organisation_id, kind),
    constraint organisation_check_kind_check check (kind in
        ('REGISTRATION', 'SAFEGUARDING', 'DBS', 'INSURANCE', 'FOOD_HYGIENE')),
    constraint organisation_check_status_check check (status in ('NOT_CHECKED', 'PASSED', 'FAILED', 'NOT_NEEDED'))
);
-- The "expiring soon" list and filter.
create index organisation_check_expires_idx on organisation_check (expires_on) where status = 'PASSED';
