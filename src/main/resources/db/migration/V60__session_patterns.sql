-- Sessions become first-class: each can belong to one venue of its listing and repeats weekly or
-- every N weeks, monthly (nth weekday or day of month), on listed dates, or only by appointment.
-- Cancelled dates and "not on bank holidays" drop single dates. Times are UK local time.
alter table listing_session
    add column venue_id              uuid references venue (id) on delete set null,
    add column repeat_interval       integer  not null default 1,
    add column month_week            integer ,
    add column month_day             integer ,
    add column dates                 date[]   not null default '{}',
    add column cancelled_dates       date[]   not null default '{}',
    add column skip_bank_holidays    boolean  not null default false;

-- Old rows: fortnightly becomes weekly every 2 weeks; a one-off becomes a listed date (if one was given).
alter table listing_session drop constraint session_frequency_check;
update listing_session set frequency = 'WEEKLY', repeat_interval = 2 where frequency = 'FORTNIGHTLY';
update listing_session
    set frequency = 'DATES', dates = case when starts_on is null then '{}'::date[] else array[starts_on] end
    where frequency = 'ONE_OFF';
alter table listing_session add constraint session_frequency_check
    check (frequency in ('WEEKLY', 'MONTHLY', 'DATES', 'BY_APPOINTMENT'));
alter table listing_session add constraint session_repeat_interval_check check (repeat_interval between 1 and 52);
alter table listing_session add constraint session_month_week_check
    check (month_week is null or month_week between -1 and 5 and month_week <> 0);
alter table listing_session add constraint session_month_day_check
    check (month_day is null or month_day between 1 and 31);

-- A listing with one venue: its sessions are at that venue.
update listing_session s set venue_id = v.id
    from venue v
    where v.listing_id = s.listing_id
      and (select count(*) from venue w where w.listing_id = s.listing_id) = 1;

create index session_venue_idx on listing_session (venue_id);

-- A provider's public calendar address, read on a schedule into sessions.
alter table listing add column calendar_url varchar(500);
alter table listing add column calendar_read_at timestamptz;
