-- The directory's domain model. Names follow the product brief (Organisation, Listing, Venue,
-- Session, Locality, Domain, Tag, Revision, AuditEvent). Identifiers are UUIDs (Open Referral UK).

create table locality (
    id              uuid primary key,
    slug            varchar(80)  not null unique,
    name            varchar(200) not null,
    lead_provider   varchar(200),
    outcodes        text[]       not null default '{}'
);

-- The six self-management domains: the directory's top-level categories.
create table domain (
    id          uuid primary key,
    slug        varchar(80)   not null unique,
    name        varchar(120)  not null,
    description varchar(1000) not null,
    position    int           not null
);

-- Finer tags sit under a domain (e.g. "walking groups" under physical activity).
create table tag (
    id        uuid primary key,
    slug      varchar(80)  not null unique,
    name      varchar(120) not null,
    domain_id uuid         not null references domain (id)
);
create index tag_domain_idx on tag (domain_id);

create table organisation (
    id              uuid primary key,
    name            varchar(200) not null,
    type            varchar(30)  not null,
    charity_number  varchar(20),
    company_number  varchar(20),
    website         varchar(500),
    -- Private: only the lead provider sees it, for confirmations and reminders.
    contact_email   varchar(320),
    trusted         boolean      not null default false,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index organisation_contact_email_idx on organisation (lower(contact_email));

create table listing (
    id                   uuid primary key,
    organisation_id      uuid          not null references organisation (id),
    name                 varchar(200)  not null,
    summary              varchar(300)  not null,
    description          varchar(5000) not null,
    status               varchar(30)   not null,
    cost                 varchar(20)   not null default 'FREE',
    cost_detail          varchar(300),
    how_to_join          varchar(20)   not null default 'JUST_TURN_UP',
    how_to_join_detail   varchar(500),
    min_age              int,
    max_age              int,
    audiences            text[]        not null default '{}',
    accessibility        text[]        not null default '{}',
    languages            text[]        not null default '{en}',
    contact_phone        varchar(40),
    contact_email        varchar(320),
    contact_website      varchar(500),
    taking_new_people    boolean       not null default true,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    last_confirmed_at    timestamptz   not null,
    published_at         timestamptz,
    version              bigint        not null default 0,
    constraint listing_status_check check (status in
        ('DRAFT', 'PENDING', 'PUBLISHED', 'CHANGES_REQUESTED', 'PAUSED', 'ARCHIVED')),
    constraint listing_cost_check check (cost in ('FREE', 'LOW_COST', 'PAID')),
    constraint listing_how_to_join_check check (how_to_join in ('JUST_TURN_UP', 'BOOK', 'REFERRAL')),
    constraint listing_age_range_check check (min_age is null or max_age is null or min_age <= max_age)
);
create index listing_organisation_idx on listing (organisation_id);
create index listing_status_idx on listing (status);
create index listing_last_confirmed_idx on listing (last_confirmed_at);

create table listing_domain (
    listing_id uuid not null references listing (id) on delete cascade,
    domain_id  uuid not null references domain (id),
    primary key (listing_id, domain_id)
);
create index listing_domain_domain_idx on listing_domain (domain_id);

create table listing_tag (
    listing_id uuid not null references listing (id) on delete cascade,
    tag_id     uuid not null references tag (id),
    primary key (listing_id, tag_id)
);

create table listing_locality (
    listing_id  uuid not null references listing (id) on delete cascade,
    locality_id uuid not null references locality (id),
    primary key (listing_id, locality_id)
);

-- Where a listing happens (ORUK location): a place, online, or "we come to you".
create table venue (
    id          uuid primary key,
    listing_id  uuid         not null references listing (id) on delete cascade,
    mode        varchar(20)  not null,
    name        varchar(200),
    address     varchar(500),
    postcode    varchar(10),
    latitude    double precision,
    longitude   double precision,
    constraint venue_mode_check check (mode in ('IN_PERSON', 'ONLINE', 'AT_HOME'))
);
create index venue_listing_idx on venue (listing_id);

-- When a listing runs (ORUK schedule). "session" is an SQL keyword, hence the table name.
create table listing_session (
    id              uuid primary key,
    listing_id      uuid         not null references listing (id) on delete cascade,
    frequency       varchar(20)  not null,
    days            varchar(40)  not null default '',
    start_time      time,
    end_time        time,
    term_time_only  boolean      not null default false,
    starts_on       date,
    ends_on         date,
    note            varchar(300),
    constraint session_frequency_check check (frequency in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'ONE_OFF'))
);
create index session_listing_idx on listing_session (listing_id);

-- A proposed change awaiting moderation: a new listing, an edit, a removal or a claim.
create table revision (
    id                  uuid primary key,
    listing_id          uuid         references listing (id),
    organisation_id     uuid         references organisation (id),
    kind                varchar(20)  not null,
    status              varchar(20)  not null,
    proposed            jsonb        not null default '{}',
    submitted_at        timestamptz  not null,
    submitted_by_email  varchar(320),
    decided_at          timestamptz,
    decided_by          varchar(200),
    decision_note       varchar(2000),
    constraint revision_kind_check check (kind in ('NEW_LISTING', 'EDIT', 'REMOVAL', 'CLAIM')),
    constraint revision_status_check check (status in ('PENDING', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED'))
);
create index revision_status_idx on revision (status, submitted_at);
create index revision_listing_idx on revision (listing_id);

-- Append-only record of every provider and moderator action.
create table audit_event (
    id            uuid primary key,
    occurred_at   timestamptz   not null,
    actor         varchar(320)  not null,
    action        varchar(60)   not null,
    subject_type  varchar(40)   not null,
    subject_id    uuid,
    before_state  jsonb,
    after_state   jsonb,
    note          varchar(2000)
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
create index audit_event_occurred_idx on audit_event (occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Postcode centroids (ONSPD) and outward-code centroids, for "near me" searches.
create table postcode (
    postcode     varchar(8)        primary key, -- normalised: upper case, no spaces
    outcode      varchar(4)        not null,
    latitude     double precision,
    longitude    double precision,
    terminated   boolean           not null default false
);
create table outcode (
    outcode    varchar(4)        primary key,
    latitude   double precision  not null,
    longitude  double precision  not null
);
