-- Shortlists for signposting. A list is keyed by a SHA-256 hash of the random id in the visitor's
-- cookie; it holds listing ids and their order, nothing about a person. Lists untouched for 30 days
-- are deleted (signposting/Shortlists).
create table shortlist (
    id          uuid primary key,
    key_hash    char(64)    not null unique,
    created_at  timestamptz not null,
    touched_at  timestamptz not null
);
create index shortlist_touched_idx on shortlist (touched_at);

create table shortlist_entry (
    shortlist_id uuid        not null references shortlist (id) on delete cascade,
    listing_id   uuid        not null references listing (id) on delete cascade,
    position     int         not null,
    added_at     timestamptz not null,
    primary key (shortlist_id, listing_id)
);

-- Sheets sent to patients, for the per-IP rate limit. Only a keyed hash of the IP address is kept;
-- never the email address or phone number. Rows older than a day are deleted.
create table sheet_send (
    id          uuid primary key,
    sent_at     timestamptz not null,
    channel     varchar(10) not null,
    ip_hash     char(64)    not null,
    constraint sheet_send_channel_check check (channel in ('EMAIL', 'TEXT'))
);
create index sheet_send_ip_idx on sheet_send (ip_hash, sent_at);

-- Text messages that were NOT sent because no GOV.UK Notify key is configured (local and test
-- set-ups). Only the last three digits of the number are kept. Visible only to the same shortlist.
create table text_outbox (
    id           uuid primary key,
    shortlist_id uuid          not null references shortlist (id) on delete cascade,
    created_at   timestamptz   not null,
    masked_to    varchar(20)   not null,
    body         varchar(2000) not null
);
