-- Mail waiting to be sent (notification/MailOutbox). A row is written in the same transaction as the
-- change that causes the email, so the email goes if and only if the change is saved. A worker
-- (notification/MailDelivery) claims due rows with "for update skip locked", so with several app
-- instances each email is sent once; failures are tried again with growing waits until give_up_at.
-- Private messages (a patient's signposting sheet) lose their address and text once sent.
create table mail_outbox (
    id              uuid primary key,
    created_at      timestamptz  not null,
    purpose         varchar(40)  not null,
    recipient       varchar(320),
    subject         varchar(300) not null,
    body            text,
    private_message boolean      not null default false,
    status          varchar(10)  not null default 'WAITING',
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    give_up_at      timestamptz  not null,
    last_error      varchar(500),
    sent_at         timestamptz,
    constraint mail_outbox_status_check check (status in ('WAITING', 'SENT', 'FAILED'))
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'WAITING';
create index mail_outbox_status_idx on mail_outbox (status, created_at);

-- One rate limiter for everything that can be used to send mail or flood a table (web/RateLimiter):
-- one counter row per key and hour, raised with a conditional upsert, so a limit holds when requests
-- arrive together. Keys are keyed hashes (never an address or IP). Rows older than a day are deleted.
create table rate_limit (
    key_hash     char(64)    not null,
    window_start timestamptz not null,
    hits         int         not null,
    primary key (key_hash, window_start)
);
create index rate_limit_window_idx on rate_limit (window_start);

-- Replaced by rate_limit (count-then-insert let requests sent together all through).
drop table mail_request;
drop table sheet_send;

-- Moderators can hide junk (tests, nonsense, abuse) from the commissioners' unmet-need report.
alter table zero_result_search add column hidden_at timestamptz;
alter table unmet_need add column hidden_at timestamptz;
