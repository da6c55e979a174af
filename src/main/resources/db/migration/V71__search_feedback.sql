-- "Did you find what you needed?" under search results. Anonymous by design: the answer, optional words
-- (checked for personal details before saving), what was searched for and only the outward code of a
-- postcode. No IP address, no session. "No" answers feed the unmet-need report.
create table search_feedback (
    id           uuid primary key,
    answered_at  timestamptz   not null,
    found        boolean       not null,
    comment      varchar(300),
    query_text   varchar(200),
    domain       varchar(80),
    outcode      varchar(4)
);
create index search_feedback_answered_at_idx on search_feedback (answered_at);
