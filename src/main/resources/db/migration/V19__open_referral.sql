-- Open Referral UK import: where each imported record came from, so a second import of the same
-- feed updates what the first one made instead of making copies. Kept beside the listing and
-- organisation tables (not as columns on them) so one local record can be known to several feeds.
create table open_referral_record (
    id           uuid primary key,
    source       varchar(500) not null,
    record_type  varchar(20)  not null,
    source_id    varchar(200) not null,
    local_id     uuid         not null,
    -- SHA-256 of the record as last imported: an unchanged record is skipped.
    content_hash varchar(64)  not null,
    imported_at  timestamptz  not null,
    constraint open_referral_record_type_check check (record_type in ('SERVICE', 'ORGANIZATION')),
    constraint open_referral_record_source_uk unique (source, record_type, source_id)
);
create index open_referral_record_local_idx on open_referral_record (local_id);

-- One import run, its counts while it runs and its report when done (console page /console/import).
create table open_referral_import (
    id           uuid primary key,
    source       varchar(500) not null,
    started_by   varchar(200) not null,
    status       varchar(20)  not null,
    created      int          not null default 0,
    updated      int          not null default 0,
    skipped      int          not null default 0,
    report       jsonb        not null default '[]',
    failure      varchar(1000),
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    constraint open_referral_import_status_check check (status in ('RUNNING', 'FINISHED', 'FAILED'))
);
create index open_referral_import_started_idx on open_referral_import (started_at desc);
