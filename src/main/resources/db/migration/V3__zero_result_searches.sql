-- Searches that found nothing, for the unmet-need report. Anonymous by design: no IP address,
-- no session, and only the outward code of a postcode (e.g. "M11", never "M11 3FF").
create table zero_result_search (
    id           uuid primary key,
    searched_at  timestamptz   not null,
    query_text   varchar(200),
    domain       varchar(80),
    outcode      varchar(4),
    radius_miles int,
    filters      jsonb         not null default '{}'
);
create index zero_result_search_searched_at_idx on zero_result_search (searched_at);
