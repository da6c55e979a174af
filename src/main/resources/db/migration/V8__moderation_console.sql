-- The lead provider's console: decisions on reports, moderators' localities and the monthly prize draw.

alter table listing_report
    add column resolved_at     timestamptz,
    add column resolved_by     varchar(200),
    add column resolution_note varchar(2000);

-- A moderator with rows here sees only these localities; one with none sees all of them.
create table moderator_locality (
    username    varchar(200) not null,
    locality_id uuid         not null references locality (id) on delete cascade,
    primary key (username, locality_id)
);

-- One draw per month. The entrants, seed and winner are kept so anyone can re-run the draw.
create table prize_draw (
    month                  date         primary key,
    drawn_at               timestamptz  not null,
    drawn_by               varchar(200) not null,
    seed                   bigint       not null,
    entrants               jsonb        not null,
    winner_organisation_id uuid         references organisation (id),
    winner_name            varchar(300)
);
create index audit_event_action_idx on audit_event (action, occurred_at);

-- A moderator's suspension: the entry is paused and only a moderator can put it back.
alter table listing
    add column suspended_by      varchar(200),
    add column suspension_reason varchar(2000);
