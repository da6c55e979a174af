-- A provider signed in through an emailed link, to manage their organisation's listings.
-- The cookie holds a random secret; only its hash is stored. Sessions are short-lived.
create table provider_session (
    id          uuid primary key,
    token_hash  char(64)     not null unique,
    email       varchar(320) not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null
);
