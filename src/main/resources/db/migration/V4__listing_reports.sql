-- "Something is wrong with this entry" reports from the public, for the moderation queue.
create table listing_report (
    id           uuid primary key,
    listing_id   uuid          not null references listing (id),
    reason       varchar(30)   not null,
    details      varchar(1000) not null,
    reply_email  varchar(320),
    reported_at  timestamptz   not null,
    status       varchar(20)   not null default 'OPEN',
    constraint listing_report_reason_check check (reason in ('WRONG_DETAILS', 'STOPPED', 'CONTACT_FAILS', 'OTHER')),
    constraint listing_report_status_check check (status in ('OPEN', 'RESOLVED'))
);
create index listing_report_status_idx on listing_report (status, reported_at);
