-- What a professional looked for and could not find, for the unmet-need report. No patient details:
-- the area is an outward code only (e.g. M11), and who recorded it is not kept.
create table unmet_need (
    id           uuid primary key,
    recorded_at  timestamptz  not null,
    what         varchar(150) not null,
    domain       varchar(80)  not null,
    outcode      varchar(4)   not null
);
create index unmet_need_recorded_idx on unmet_need (recorded_at);
