-- One-time links sent by email (confirm a registration, sign in to manage an entry...).
-- Only a SHA-256 hash of the link's secret is stored; the secret itself exists only in the email.
create table email_link (
    id           uuid primary key,
    token_hash   char(64)     not null unique,
    purpose      varchar(30)  not null,
    email        varchar(320) not null,
    listing_id   uuid         references listing (id),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    used_at      timestamptz,
    constraint email_link_purpose_check check (purpose in ('CONFIRM_REGISTRATION', 'SIGN_IN', 'CONFIRM_LISTING', 'EDIT_LISTING', 'CLAIM'))
);
create index email_link_email_idx on email_link (lower(email), created_at);

-- Every email the directory sends on request, for rate limits. Addresses and IPs are kept only as
-- keyed hashes, and rows older than a day are deleted.
create table mail_request (
    id          uuid primary key,
    requested_at timestamptz not null,
    purpose     varchar(30)  not null,
    email_hash  char(64)     not null,
    ip_hash     char(64)     not null
);
create index mail_request_email_idx on mail_request (email_hash, requested_at);
create index mail_request_ip_idx on mail_request (ip_hash, requested_at);
