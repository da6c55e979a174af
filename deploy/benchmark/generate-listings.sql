-- Synthetic listings for the search benchmark (deploy/benchmark/search-benchmark.sh).
--
-- Usage: psql -v ON_ERROR_STOP=1 -v n=100000 -v seed=0.42 -d directory_bench -f generate-listings.sql
--
-- Needs a database the app has started on once (Flyway schema, domains, tags and localities from
-- content/, outward-code centroids from content/geo). Set-based (generate_series), one transaction.
-- Makes n/8 organisations and n PUBLISHED listings, each with 1-2 domains, 1-2 tags, one IN_PERSON
-- venue near a random English outward-code centroid and 0-2 sessions. Every run with the same seed
-- gives the same data (the uuids differ).

\set ON_ERROR_STOP on
\timing off

BEGIN;

SELECT setseed(:seed) AS seeded \gset

-- ---------------------------------------------------------------------------- word lists

-- What a listing is: a title, the sentence its summary starts with, its main tag and (sometimes)
-- a second domain it also belongs to. Slugs are the ones in content/domains.json.
CREATE TEMP TABLE bench_activity (
    idx          int  PRIMARY KEY,
    title        text NOT NULL,
    blurb        text NOT NULL,
    tag_slug     text NOT NULL,
    extra_domain text
) ON COMMIT DROP;
INSERT INTO bench_activity
SELECT row_number() OVER (), a.*
FROM (VALUES
    ('Walking group', 'A friendly walk of about an hour at an easy pace, with a cuppa afterwards', 'walking-groups', 'befriending'),
    ('Health walk', 'Short, led health walks on flat paths, suitable if you have not walked for a while', 'walking-groups', NULL),
    ('Chair exercise', 'Seated exercise to music to keep you strong and supple', 'chair-exercise', NULL),
    ('Gentle yoga', 'Slow, gentle yoga and stretching; mats and chairs provided', 'yoga-and-tai-chi', NULL),
    ('Tai chi for beginners', 'Learn the flowing movements of tai chi to help balance and calm', 'yoga-and-tai-chi', NULL),
    ('Walking football', 'Football at walking pace for all abilities, no running allowed', 'walking-sports', 'befriending'),
    ('Green gym', 'Get active outdoors looking after local parks and green spaces', 'nature-conservation', 'volunteering'),
    ('Aqua fit', 'Low impact exercise in the water, easy on your joints', 'swimming', NULL),
    ('Community cycling', 'Relaxed group bike rides, with bikes to borrow', 'cycling', NULL),
    ('Tea dance', 'Ballroom and sequence dancing with tea and cake', 'dance', 'befriending'),
    ('Keep fit for over 50s', 'A light workout for older people, at your own pace', 'keep-fit', NULL),
    ('Dog walking club', 'Walk with other dog owners, or borrow a friendly dog', 'dog-walking', 'befriending'),
    ('Allotment gardening', 'Grow your own fruit and vegetables on a shared allotment', 'gardening', 'healthy-eating'),
    ('Cookery club', 'Learn to cook simple, healthy meals and eat together', 'cookery-classes', 'befriending'),
    ('Cook and eat on a budget', 'Tasty meals that cost less, cooked together and shared', 'cooking-on-a-budget', NULL),
    ('Cooking for diabetes', 'Cookery sessions for people living with type 2 diabetes', 'cooking-for-diabetes', NULL),
    ('Healthy weight group', 'Friendly support to eat well and lose weight', 'healthy-weight', NULL),
    ('Community cafe', 'Pay as you feel cafe with a hot meal and good company', 'community-cafes', 'befriending'),
    ('Food pantry', 'A low cost food pantry with fresh fruit, veg and store cupboard food', 'food-pantries', 'welfare-rights'),
    ('Baking club', 'Bake bread and cakes together and take some home', 'baking', NULL),
    ('Family cooking sessions', 'Parents and children cook a healthy meal together', 'family-cooking', NULL),
    ('Knit and natter', 'Bring your knitting or crochet, or learn, over a cup of tea', 'knit-and-natter', 'befriending'),
    ('Singing for breathing', 'Singing exercises to help people with COPD and other lung conditions', 'singing-for-breathing', 'physical-activity'),
    ('Community choir', 'A welcoming choir, no auditions and no need to read music', 'choirs', 'befriending'),
    ('Art group', 'Painting and drawing for all abilities, materials provided', 'art-groups', NULL),
    ('Craft club', 'Make cards, gifts and decorations with others', 'crafts', NULL),
    ('Creative writing group', 'Write stories and poems and share them if you want to', 'creative-writing', NULL),
    ('Reading group', 'Shared reading of short stories and poems, read aloud', 'reading-groups', 'befriending'),
    ('Drumming circle', 'Make music together with drums and percussion', 'music-making', NULL),
    ('Drama group', 'Have fun with acting and improvisation, no experience needed', 'drama', NULL),
    ('Photography walks', 'Take photos on a short walk and learn about your camera phone', 'photography', 'physical-activity'),
    ('Telephone befriending', 'A regular friendly phone call from a trained volunteer', 'befriending-by-phone', NULL),
    ('Befriending visits', 'A volunteer visits you at home for a chat every week', 'home-visits', NULL),
    ('Lunch club', 'A hot two course lunch and a chance to meet people', 'lunch-clubs', 'healthy-eating'),
    ('Coffee morning', 'Drop in for a coffee, a chat and a game of bingo', 'coffee-mornings', NULL),
    ('Peer support group', 'Meet people who understand, share tips and support each other', 'peer-support', NULL),
    ('Mens shed', 'A workshop where men make, mend and chat', 'mens-sheds', 'arts-for-health'),
    ('Memory cafe', 'A relaxed cafe for people living with dementia and their carers', 'memory-cafes', NULL),
    ('Bereavement support group', 'Talk with others who have lost someone close', 'bereavement-support', NULL),
    ('Online social group', 'Meet others on a video call for quizzes and a chat', 'online-social-groups', NULL),
    ('Conversation club', 'Practise speaking English in a friendly group', 'conversation-clubs', NULL),
    ('Benefits advice', 'Free, confidential advice on benefits such as Universal Credit and PIP', 'benefits-advice', NULL),
    ('Benefit appeals help', 'Help to challenge a benefit decision and prepare for a tribunal', 'benefit-appeals', NULL),
    ('Debt advice', 'Free help to deal with debts, arrears and money worries', 'debt-advice', NULL),
    ('Advocacy service', 'An independent advocate helps you speak up and be heard', 'advocacy', NULL),
    ('Housing advice', 'Advice on renting, repairs and eviction', 'housing-advice', NULL),
    ('Energy bills help', 'Help with energy bills, grants and keeping your home warm', 'energy-bills', NULL),
    ('Form filling help', 'Someone to help you fill in forms and understand letters', 'form-filling', NULL),
    ('Job club', 'Help with CVs, applications and finding work', 'employment-support', NULL),
    ('Digital help drop-in', 'Get help using a smartphone, tablet or computer and getting online', 'digital-help', NULL),
    ('Volunteer at the community hub', 'Welcome visitors and help run activities at the hub', 'volunteering-at-a-hub', NULL),
    ('Become a befriending volunteer', 'Make a difference by befriending an older person near you', 'befriending-volunteers', 'befriending'),
    ('Gardening volunteers', 'Help keep a community garden growing', 'gardening-volunteers', 'physical-activity'),
    ('Animal shelter volunteering', 'Walk, feed and care for rescue cats and dogs', 'animal-volunteering', 'physical-activity'),
    ('Food bank volunteering', 'Sort donations and pack food parcels', 'food-volunteering', NULL),
    ('Event volunteers', 'Help out at fun runs, fairs and community events', 'event-volunteering', NULL),
    ('Volunteer drivers', 'Drive people to appointments and activities', 'driving-volunteers', NULL),
    ('Charity shop volunteering', 'Sort stock, serve customers and dress the window', 'charity-shop-volunteering', NULL),
    ('Volunteer walk leaders', 'Train to lead short health walks in your area', 'walk-leaders', 'physical-activity'),
    ('Admin volunteering', 'Help with office tasks, phones and newsletters', 'admin-volunteering', NULL),
    ('Trustee roles', 'Join the board of a local charity and help shape its future', 'trustee-roles', NULL)
) AS a(title, blurb, tag_slug, extra_domain);

-- Refuse to run against a database the app has not set up (no reference data, unknown slugs).
DO $$
DECLARE
    missing text;
BEGIN
    SELECT string_agg(a.tag_slug, ', ') INTO missing
    FROM bench_activity a LEFT JOIN tag t ON t.slug = a.tag_slug
    WHERE t.id IS NULL;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'tags missing from the tag table (start the app once first): %', missing;
    END IF;
    IF (SELECT count(*) FROM outcode) = 0 THEN
        RAISE EXCEPTION 'the outcode table is empty (start the app once with DIRECTORY_OUTCODES_FILE set)';
    END IF;
END $$;

CREATE TEMP TABLE bench_word (kind text, idx int, word text, PRIMARY KEY (kind, idx)) ON COMMIT DROP;
INSERT INTO bench_word
SELECT kind, row_number() OVER (PARTITION BY kind), word
FROM (VALUES
    ('place', 'Riverside'), ('place', 'Parkside'), ('place', 'Hillside'), ('place', 'St Mary''s'),
    ('place', 'St John''s'), ('place', 'Northgate'), ('place', 'Oakwood'), ('place', 'Meadowbank'),
    ('place', 'Greenbank'), ('place', 'Victoria Park'), ('place', 'Millbrook'), ('place', 'Ashfield'),
    ('place', 'Church Street'), ('place', 'Castle'), ('place', 'Bridgend'), ('place', 'Station Road'),
    ('place', 'Elm Tree'), ('place', 'Willowbrook'), ('place', 'Kingsway'), ('place', 'Queens Park'),
    ('place', 'Moorside'), ('place', 'Westfield'), ('place', 'Eastbrook'), ('place', 'Southgate'),
    ('place', 'Fairfield'), ('place', 'Beechwood'), ('place', 'Holly Bank'), ('place', 'Canal Side'),
    ('place', 'Market Place'), ('place', 'Old Mill'), ('place', 'Brookside'), ('place', 'Thornbury'),
    ('place', 'Highfield'), ('place', 'Abbey'), ('place', 'Lowfield'), ('place', 'Cherry Tree'),
    ('org', 'Community Trust'), ('org', 'Good Neighbours'), ('org', 'Wellbeing Hub'), ('org', 'Together'),
    ('org', 'Community Association'), ('org', 'Age Friendly Network'), ('org', 'Health Matters CIC'),
    ('org', 'Money Advice Centre'), ('org', 'Arts Collective'), ('org', 'Volunteer Centre'),
    ('org', 'Friends of the Park'), ('org', 'Community Kitchen'), ('org', 'Carers Centre'),
    ('org', 'Neighbourhood Network'), ('org', 'Leisure Trust'), ('org', 'Baptist Church'),
    ('for', ''), ('for', ''), ('for', ''), ('for', ''), ('for', ' for over 60s'), ('for', ' for carers'),
    ('for', ' for men'), ('for', ' for women'), ('for', ' for families'), ('for', ' (Tuesdays)'),
    ('for', ' (Thursdays)'), ('for', ' in the park'), ('for', ' for beginners'), ('for', ' for people with COPD'),
    ('venue', 'Community Centre'), ('venue', 'Library'), ('venue', 'Church Hall'), ('venue', 'Leisure Centre'),
    ('venue', 'Health Centre'), ('venue', 'Methodist Hall'), ('venue', 'Youth Centre'), ('venue', 'Park Pavilion'),
    ('venue', 'Village Hall'), ('venue', 'Community Hub'), ('venue', 'Scout Hut'), ('venue', 'Mosque Community Room'),
    ('street', 'High Street'), ('street', 'Church Lane'), ('street', 'Station Road'), ('street', 'Park Road'),
    ('street', 'Victoria Street'), ('street', 'Mill Lane'), ('street', 'Green Lane'), ('street', 'King Street'),
    ('day', 'MO'), ('day', 'TU'), ('day', 'WE'), ('day', 'TH'), ('day', 'FR'), ('day', 'SA'), ('day', 'SU')
) AS w(kind, word);

CREATE TEMP TABLE bench_count ON COMMIT DROP AS
SELECT kind, count(*)::int AS n FROM bench_word GROUP BY kind
UNION ALL SELECT 'activity', count(*)::int FROM bench_activity;

-- English outward codes: everything except the Scottish, Welsh and Northern Irish areas
-- (SY, CH and similar border areas that are partly English are kept).
CREATE TEMP TABLE bench_outcode ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY outcode)::int AS idx, outcode, latitude, longitude
FROM outcode
WHERE regexp_replace(outcode, '[0-9].*$', '') NOT IN
      ('AB', 'DD', 'DG', 'EH', 'FK', 'G', 'HS', 'IV', 'KA', 'KW', 'KY', 'ML', 'PA', 'PH', 'TD', 'ZE',
       'BT', 'CF', 'LD', 'LL', 'NP', 'SA');
INSERT INTO bench_count SELECT 'outcode', count(*)::int FROM bench_outcode;

-- ---------------------------------------------------------------------------- organisations

CREATE TEMP TABLE bench_org ON COMMIT DROP AS
SELECT g AS n, gen_random_uuid() AS id,
       1 + floor(random() * (SELECT n FROM bench_count WHERE kind = 'place'))::int AS place,
       1 + floor(random() * (SELECT n FROM bench_count WHERE kind = 'org'))::int AS org_word,
       random() AS r
FROM generate_series(1, greatest(:n / 8, 1)) AS g;

INSERT INTO organisation (id, name, type, charity_number, website, contact_email, trusted, created_at, updated_at)
SELECT o.id,
       p.word || ' ' || w.word,
       (ARRAY['CHARITY', 'COMMUNITY_GROUP', 'COMMUNITY_GROUP', 'SOCIAL_ENTERPRISE', 'PUBLIC_SECTOR'])
           [1 + floor(o.r * 5)::int],
       CASE WHEN o.r < 0.2 THEN (1000000 + o.n)::text END,
       'https://example.org/bench-org-' || o.n,
       'contact' || o.n || '@example.org',
       o.r < 0.5,
       now() - interval '2 years', now() - interval '1 year'
FROM bench_org o
JOIN bench_word p ON p.kind = 'place' AND p.idx = o.place
JOIN bench_word w ON w.kind = 'org' AND w.idx = o.org_word;

-- ---------------------------------------------------------------------------- listings

CREATE TEMP TABLE bench_listing ON COMMIT DROP AS
SELECT g AS n, gen_random_uuid() AS id,
       1 + ((g - 1) % greatest(:n / 8, 1)) AS org_n,
       1 + floor(random() * (SELECT n FROM bench_count WHERE kind = 'activity'))::int AS activity,
       1 + floor(random() * (SELECT n FROM bench_count WHERE kind = 'place'))::int AS place,
       1 + floor(random() * (SELECT n FROM bench_count WHERE kind = 'for'))::int AS for_word,
       1 + floor(random() * (SELECT n FROM bench_count WHERE kind = 'venue'))::int AS venue_word,
       1 + floor(random() * (SELECT n FROM bench_count WHERE kind = 'street'))::int AS street_word,
       1 + floor(random() * (SELECT n FROM bench_count WHERE kind = 'outcode'))::int AS outcode,
       random() AS r_cost, random() AS r_join, random() AS r_extra, random() AS r_sessions,
       now() - random() * interval '365 days' AS confirmed
FROM generate_series(1, :n) AS g;
CREATE INDEX ON bench_listing (n);
ANALYZE bench_listing;

INSERT INTO listing (id, organisation_id, name, summary, description, status, cost, cost_detail, how_to_join,
                     how_to_join_detail, audiences, accessibility, contact_phone, contact_email,
                     taking_new_people, created_at, updated_at, last_confirmed_at, published_at, version)
SELECT l.id, o.id,
       left(p.word || ' ' || a.title || f.word, 200),
       left(a.blurb || '. Run by ' || org.name || '.', 300),
       left(a.blurb || '. Everyone is welcome' || f.word || ', whatever your age or ability. '
            || 'Sessions are relaxed and friendly, and there is always someone to say hello when you arrive. '
            || 'If you are not sure it is for you, call us for a chat first, or just come along and see. '
            || 'Run by ' || org.name || ' at the ' || p.word || ' ' || v.word || '.', 5000),
       'PUBLISHED',
       CASE WHEN l.r_cost < 0.75 THEN 'FREE' WHEN l.r_cost < 0.92 THEN 'LOW_COST' ELSE 'PAID' END,
       CASE WHEN l.r_cost >= 0.75 THEN '£' || (1 + floor(l.r_cost * 10))::int || ' a session' END,
       CASE WHEN l.r_join < 0.7 THEN 'JUST_TURN_UP' WHEN l.r_join < 0.9 THEN 'BOOK' ELSE 'REFERRAL' END,
       CASE WHEN l.r_join >= 0.7 THEN 'Call or email to book a place.' END,
       CASE WHEN l.r_extra < 0.3 THEN ARRAY['older-people'] WHEN l.r_extra < 0.4 THEN ARRAY['carers'] ELSE '{}' END,
       CASE WHEN l.r_join < 0.6 THEN ARRAY['step-free-access', 'accessible-toilet'] ELSE ARRAY['near-public-transport'] END,
       '0161 496 ' || lpad((l.n % 10000)::text, 4, '0'),
       'listing' || l.n || '@example.org',
       l.r_sessions < 0.9,
       l.confirmed - interval '30 days', l.confirmed, l.confirmed, l.confirmed - interval '29 days', 0
FROM bench_listing l
JOIN bench_org o ON o.n = l.org_n
JOIN organisation org ON org.id = o.id
JOIN bench_activity a ON a.idx = l.activity
JOIN bench_word p ON p.kind = 'place' AND p.idx = l.place
JOIN bench_word f ON f.kind = 'for' AND f.idx = l.for_word
JOIN bench_word v ON v.kind = 'venue' AND v.idx = l.venue_word;

-- Domains: the main tag's domain, plus the activity's second domain for about half of them.
INSERT INTO listing_domain (listing_id, domain_id)
SELECT l.id, t.domain_id
FROM bench_listing l JOIN bench_activity a ON a.idx = l.activity JOIN tag t ON t.slug = a.tag_slug
UNION
SELECT l.id, d.id
FROM bench_listing l JOIN bench_activity a ON a.idx = l.activity JOIN domain d ON d.slug = a.extra_domain
WHERE l.r_extra < 0.5;

-- Tags: the activity's tag, plus another tag from the same domain for about a third of them.
INSERT INTO listing_tag (listing_id, tag_id)
SELECT l.id, t.id
FROM bench_listing l JOIN bench_activity a ON a.idx = l.activity JOIN tag t ON t.slug = a.tag_slug
UNION
SELECT l.id, other.id
FROM bench_listing l
JOIN bench_activity a ON a.idx = l.activity
JOIN tag t ON t.slug = a.tag_slug
JOIN LATERAL (SELECT x.id FROM tag x WHERE x.domain_id = t.domain_id
              ORDER BY x.slug OFFSET (l.n % 5) LIMIT 1) other ON true
WHERE l.r_extra > 0.66;

-- One venue in person, near the centre of a random English outward code (up to ~1 km away).
INSERT INTO venue (id, listing_id, mode, name, address, postcode, latitude, longitude)
SELECT gen_random_uuid(), l.id, 'IN_PERSON',
       p.word || ' ' || v.word,
       (1 + l.n % 120) || ' ' || s.word,
       oc.outcode || ' ' || (l.n % 10) || chr(65 + (l.n / 10) % 26) || chr(65 + (l.n / 260) % 26),
       round((oc.latitude + (random() - 0.5) * 0.018)::numeric, 6),
       round((oc.longitude + (random() - 0.5) * 0.028)::numeric, 6)
FROM bench_listing l
JOIN bench_outcode oc ON oc.idx = l.outcode
JOIN bench_word p ON p.kind = 'place' AND p.idx = l.place
JOIN bench_word v ON v.kind = 'venue' AND v.idx = l.venue_word
JOIN bench_word s ON s.kind = 'street' AND s.idx = l.street_word;

-- Localities whose outward codes cover the venue (e.g. Manchester's M1...M90).
INSERT INTO listing_locality (listing_id, locality_id)
SELECT DISTINCT l.id, loc.id
FROM bench_listing l
JOIN bench_outcode oc ON oc.idx = l.outcode
JOIN locality loc ON oc.outcode = ANY (loc.outcodes);

-- 0, 1 or 2 sessions (about 15 %, 60 % and 25 %) at the listing's venue: three in five weekly, one
-- every other week from a first date, one monthly on the first to fourth weekday.
INSERT INTO listing_session (id, listing_id, venue_id, frequency, repeat_interval, starts_on, month_week, days,
                             start_time, end_time, term_time_only, note)
SELECT gen_random_uuid(), l.id, v.id,
       CASE WHEN (l.n + k) % 5 = 4 THEN 'MONTHLY' ELSE 'WEEKLY' END,
       CASE WHEN (l.n + k) % 5 = 3 THEN 2 ELSE 1 END,
       CASE WHEN (l.n + k) % 5 = 3 THEN DATE '2026-01-05' + (l.n % 14) END,
       CASE WHEN (l.n + k) % 5 = 4 THEN 1 + l.n % 4 END,
       d.word,
       make_time(9 + (l.n + 3 * k) % 9, CASE WHEN l.n % 2 = 0 THEN 0 ELSE 30 END, 0),
       make_time(10 + (l.n + 3 * k) % 9, CASE WHEN l.n % 2 = 0 THEN 30 ELSE 0 END, 0),
       l.n % 7 = 0,
       CASE WHEN k = 2 THEN 'Second group' END
FROM bench_listing l
JOIN venue v ON v.listing_id = l.id
CROSS JOIN generate_series(1, 2) AS k
JOIN bench_word d ON d.kind = 'day' AND d.idx = 1 + (l.n + 2 * k) % 7
WHERE (k = 1 AND l.r_sessions >= 0.15) OR (k = 2 AND l.r_sessions >= 0.75);

SELECT 'organisation' AS "table", count(*) AS "rows" FROM organisation
UNION ALL SELECT 'listing (published)', count(*) FROM listing WHERE status = 'PUBLISHED'
UNION ALL SELECT 'listing_domain', count(*) FROM listing_domain
UNION ALL SELECT 'listing_tag', count(*) FROM listing_tag
UNION ALL SELECT 'listing_locality', count(*) FROM listing_locality
UNION ALL SELECT 'venue', count(*) FROM venue
UNION ALL SELECT 'listing_session', count(*) FROM listing_session;

COMMIT;

ANALYZE organisation;
ANALYZE listing;
ANALYZE listing_domain;
ANALYZE listing_tag;
ANALYZE listing_locality;
ANALYZE venue;
ANALYZE listing_session;
