package org.healthdirectory.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** The directory's own settings (prefix "directory"), documented in the README's configuration table. */
@ConfigMapping(prefix = "directory")
public interface DirectoryConfig {

    /** The name shown in the header and page titles. */
    @WithDefault("Local health directory")
    String serviceName();

    /** The public address of the site, used in links sent by email. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    DemoContent demoContent();

    Geo geo();

    Search search();

    Mail mail();

    Freshness freshness();

    /** Keeping entries current: reminders, the "may be out of date" warning, hiding (freshness package). */
    interface Freshness {
        /** Months without confirmation after which the provider gets a "still correct?" email. */
        @WithDefault("6,9,11")
        java.util.List<Integer> reminderMonths();

        /** Months after which the page warns the entry may be out of date and it ranks lower in search. */
        @WithDefault("12")
        int outOfDateMonths();

        /** How long the links in reminder emails work. */
        @WithDefault("30d")
        java.time.Duration linkLifetime();

        /** Months after which the entry leaves search and joins the moderators' queue. */
        @WithDefault("13")
        int hideMonths();

        /** When the freshness job runs: a cron expression in UK time, an interval such as "24h", or "off". */
        @WithDefault("0 0 7 * * ?")
        String schedule();

        /**
         * At most this many reminder emails in one run (one per organisation and threshold), so a large run
         * does not flood the mail server; organisations left over get theirs on the next run.
         */
        @WithDefault("1000")
        int emailsPerRun();
    }

    Sessions sessions();

    /** Sessions (schedule package): refreshing indexed dates and reading providers' calendars. */
    interface Sessions {
        /** When the search index's "upcoming" session dates move on: a cron expression in UK time, or "off". */
        @WithDefault("0 5 0 * * ?")
        String refreshSchedule();
    }

    Signposting signposting();

    /** GOV.UK Notify settings (properties directory.notify.*; "notify" itself is taken by Object). */
    @WithName("notify")
    Notify govukNotify();

    interface Signposting {
        /** Signposting sheets (email or text) one IP address can send in an hour: a GP practice shares one. */
        @WithDefault("30")
        int sendsPerIpPerHour();

        /** Signposting sheets one email address or mobile number can be sent in an hour. */
        @WithDefault("3")
        int sendsPerRecipientPerHour();
    }

    interface Notify {
        /** GOV.UK Notify API key (set NOTIFY_API_KEY). Without it, text messages go to a local outbox, unsent. */
        Optional<String> apiKey();

        /** The Notify text message template for signposting sheets; its body is "((message))". */
        Optional<String> smsTemplateId();
    }

    OpenReferral openReferral();

    CalendarImport calendarImport();

    Security security();

    /** Form tokens, cookies and the production-keys guard (security package). */
    interface Security {
        /** Key that signs form tokens (set CSRF_SIGNATURE_KEY to a long random value in production). */
        String csrfKey();

        /** How long the form-token cookie lives after the visitor's last page view. */
        @WithDefault("12h")
        java.time.Duration csrfCookieLifetime();

        /** Marks the directory's own cookies Secure (sent over HTTPS only). On in production. */
        @WithDefault("true")
        boolean secureCookies();

        /** Scheme, host and port of the sign-in server, named in the CSP's form-action (set OIDC_SERVER_ORIGIN). */
        String loginOrigin();

        /** Refuses to start while any key still has its local-only default. On in production. */
        @WithDefault("true")
        boolean requireProductionKeys();
    }

    @WithName("map")
    ResultsMap resultsMap();

    /** The map beside search results (drawn with Leaflet in the browser). */
    interface ResultsMap {
        /**
         * Map tile address with {z}, {x} and {y}, e.g. OpenStreetMap's; empty or "none" draws the markers on a
         * plain background (tests, machines offline). The Content-Security-Policy must allow its host.
         */
        Optional<String> tileUrl();

        /** The tile server's origin (https://host), added to the Content-Security-Policy's img-src. */
        Optional<String> tileOrigin();

        /** Credit shown on the map, as the tile provider asks. */
        @WithDefault("Map data © OpenStreetMap contributors")
        String attribution();
    }

    interface OpenReferral {
        /** What an imported Open Referral service becomes: PENDING (waits for a moderator) or PUBLISHED. */
        @WithDefault("PENDING")
        ImportStatus importStatus();

        /** The two statuses an import may give (configuration stays free of the listing model). */
        enum ImportStatus {
            PENDING,
            PUBLISHED
        }

        /** Lets an import read from private network addresses (localhost, 10.x, ...). Off in production. */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /**
         * How many services an import takes between commits of its job row: the admin's page shows
         * progress at this step.
         */
        @WithDefault("25")
        int importBatch();
    }

    interface CalendarImport {
        /** How often providers' calendars are read: a duration like 6h, or "off". */
        @WithDefault("6h")
        String every();
    }

    interface Mail {
        /** Emails one IP address can ask for to one address in an hour (registration, sign-in links). */
        @WithDefault("3")
        int perEmailPerHour();

        /**
         * Emails to one address in an hour from everywhere together: higher than {@link #perEmailPerHour},
         * so a stranger cannot use up the owner's budget, yet one inbox cannot be flooded from many IPs.
         */
        @WithDefault("10")
        int perEmailAllIpsPerHour();

        /** Emails one IP address can ask for in an hour. */
        @WithDefault("10")
        int perIpPerHour();

        /** Key for hashing addresses in the rate-limit table (set MAIL_HASH_KEY in production). */
        String hashKey();

        /** How long a link in an email works (registration and claim links). */
        @WithDefault("48h")
        java.time.Duration linkLifetime();

        /** How long a provider's sign-in link works. */
        @WithDefault("1h")
        java.time.Duration signInLinkLifetime();

        /** How often the outbox is checked for mail to send ("off" stops sending, e.g. in a drill). */
        @WithDefault("5s")
        String deliveryInterval();

        /** The wait before the first retry of a failed send; each later wait is twice as long. */
        @WithDefault("1m")
        java.time.Duration retryFirstDelay();

        /** The longest wait between two tries. */
        @WithDefault("1h")
        java.time.Duration retryMaxDelay();

        /** How long a failed email keeps being tried before it waits for an admin (at least a day). */
        @WithDefault("48h")
        java.time.Duration giveUpAfter();
    }

    Limits limits();

    /** Hourly limits on what the public can send in (web/RateLimiter). */
    interface Limits {
        /** Problem reports one IP address can send in an hour. */
        @WithDefault("10")
        int reportsPerIpPerHour();

        /** Searches that found nothing recorded for the unmet-need report, per IP address and hour. */
        @WithDefault("30")
        int zeroResultsPerIpPerHour();
    }

    interface DemoContent {
        /** Loads content/demo listings at start-up. Never set in production. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Geo {
        /** An ONSPD-format CSV to load into an empty postcode table at start-up. */
        Optional<String> postcodesFile();

        /** An outward-code centroid CSV to load into an empty outcode table at start-up. */
        Optional<String> outcodesFile();
    }

    interface Search {
        /** Prefix for OpenSearch index names, so several environments can share one cluster. */
        @WithDefault("directory-")
        String indexPrefix();

        /** Rebuilds the search index from the database in the background after start-up. */
        @WithDefault("false")
        boolean reindexOnStart();

        /** How often to re-queue index updates given up on during a search outage ("off" to disable). */
        @WithDefault("60s")
        String recoveryInterval();
    }
}
