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

        /** Months after which the entry leaves search and joins the moderators' queue. */
        @WithDefault("13")
        int hideMonths();

        /** When the freshness job runs: a cron expression in UK time, an interval such as "24h", or "off". */
        @WithDefault("0 0 7 * * ?")
        String schedule();
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
    }

    interface Notify {
        /** GOV.UK Notify API key (set NOTIFY_API_KEY). Without it, text messages go to a local outbox, unsent. */
        Optional<String> apiKey();

        /** The Notify text message template for signposting sheets; its body is "((message))". */
        Optional<String> smsTemplateId();
    }

    OpenReferral openReferral();

    interface OpenReferral {
        /** What an imported Open Referral service becomes: PENDING (waits for a moderator) or PUBLISHED. */
        @WithDefault("PENDING")
        org.healthdirectory.listing.ListingStatus importStatus();

        /** Lets an import read from private network addresses (localhost, 10.x, ...). Off in production. */
        @WithDefault("false")
        boolean allowPrivateAddresses();
    }

    interface Mail {
        /** Emails anyone can ask for to one address in an hour (registration, sign-in links). */
        @WithDefault("3")
        int perEmailPerHour();

        /** Emails one IP address can ask for in an hour. */
        @WithDefault("10")
        int perIpPerHour();

        /** Key for hashing addresses in the rate-limit table (set MAIL_HASH_KEY in production). */
        String hashKey();

        /** How long a link in an email works. */
        @WithDefault("48h")
        java.time.Duration linkLifetime();
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
