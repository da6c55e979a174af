-- Freshness: "still correct?" reminders, and listings hidden when nobody confirms them.

-- Why a paused listing is paused: null when the provider paused it, OUT_OF_DATE when the freshness job
-- hid it after 13 months without confirmation (the moderators' queue lists those).
alter table listing add column paused_reason varchar(30);
alter table listing add constraint listing_paused_reason_check
    check (paused_reason is null or (status = 'PAUSED' and paused_reason in ('OUT_OF_DATE')));

-- One row per email sent: each threshold (months) at most once per confirmation period. A new
-- confirmation gives a new confirmed_at, so the next period's reminders get new keys.
create table freshness_reminder (
    listing_id        uuid        not null references listing (id) on delete cascade,
    threshold_months  int         not null,
    confirmed_at      timestamptz not null,
    sent_at           timestamptz not null,
    constraint freshness_reminder_once unique (listing_id, threshold_months, confirmed_at)
);
