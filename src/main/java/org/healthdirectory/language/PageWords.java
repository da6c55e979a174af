package org.healthdirectory.language;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.Occurrence;
import org.healthdirectory.listing.ScheduleText;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.organisation.OrganisationType;
import org.healthdirectory.vetting.CheckKind;

/**
 * The words the directory builds itself on a listing page (when sessions run, dates, cost, how to join,
 * ages, languages spoken), in the reader's language. English is written by {@link ScheduleText} in GOV.UK
 * style; other languages put the bundle's words in a fixed order ("Co tydzień: wtorek, 10:00–11:30"),
 * so no plural or gender agreement is needed. Day and month names come from the JDK's CLDR data.
 */
@ApplicationScoped
public class PageWords {

    private final ReaderLanguage reader;

    PageWords(ReaderLanguage reader) {
        this.reader = reader;
    }

    private Language language() {
        return reader.current();
    }

    private static Messages msg(Language language) {
        return Translations.messages(language);
    }

    public String sessionText(SessionPattern p) {
        Language language = language();
        if (language.isEnglish()) {
            return ScheduleText.describe(p);
        }
        Messages msg = msg(language);
        Locale locale = language.locale();
        List<String> parts = new ArrayList<>();
        parts.add(
                switch (p.frequency()) {
                    case WEEKLY -> weekly(p, msg, locale);
                    case MONTHLY -> monthly(p, msg, locale);
                    case DATES -> p.dates().size() == 1 ? date(p.dates().get(0), locale) : msg.sessionOnDates();
                    case BY_APPOINTMENT -> msg.sessionByAppointment();
                });
        if (p.start() != null) {
            parts.add(p.end() == null ? time(p.start()) : time(p.start()) + "–" + time(p.end()));
        }
        String text = String.join(", ", parts);
        if (p.termTimeOnly()) {
            text += " (" + msg.sessionTermTime() + ")";
        }
        if (p.skipBankHolidays()) {
            text += " (" + msg.sessionNoBankHolidays() + ")";
        }
        return text;
    }

    private static String weekly(SessionPattern p, Messages msg, Locale locale) {
        String often = switch (p.interval()) {
            case 1 -> msg.sessionWeekly();
            case 2 -> msg.sessionFortnightly();
            default -> msg.sessionEveryWeeks(p.interval());
        };
        return p.days().isEmpty() ? often : often + ": " + days(p.days(), locale);
    }

    private static String monthly(SessionPattern p, Messages msg, Locale locale) {
        String often = p.interval() == 1 ? msg.sessionMonthly() : msg.sessionEveryMonths(p.interval());
        if (p.monthDay() != null) {
            return often + ": " + msg.sessionMonthDay(p.monthDay());
        }
        if (p.monthWeek() != null && !p.days().isEmpty()) {
            String day = days(p.days(), locale);
            return often + ": "
                    + (p.monthWeek() == -1 ? msg.sessionMonthLast(day) : msg.sessionMonthWeek(p.monthWeek(), day));
        }
        return p.days().isEmpty() ? often : often + ": " + days(p.days(), locale);
    }

    private static String days(List<DayOfWeek> days, Locale locale) {
        return String.join(
                ", ",
                days.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList());
    }

    /** 24-hour time, as most of Europe and South Asia write it on timetables. */
    private static String time(LocalTime time) {
        return time.getHour() + ":" + ScheduleText.twoDigits(time.getMinute());
    }

    /** 24-hour time with two-digit hours ("09:05"), as a clock shows it. */
    private static String clock(LocalTime time) {
        return ScheduleText.twoDigits(time.getHour()) + ":" + ScheduleText.twoDigits(time.getMinute());
    }

    /** Formatters by locale, made once: a results page writes a date on every card. */
    private static final Map<Locale, DateTimeFormatter> DAY_AND_DATE = new ConcurrentHashMap<>();

    private static final Map<Locale, DateTimeFormatter> DATE_WITH_YEAR = new ConcurrentHashMap<>();

    private static final Map<Locale, Character> DECIMAL_MARK = new ConcurrentHashMap<>();

    private static String date(LocalDate date, Locale locale) {
        return date.format(DAY_AND_DATE.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("EEEE d MMMM", l)));
    }

    /** "Tuesday 8 December" in the reader's language. */
    public String date(LocalDate date) {
        Language language = language();
        return language.isEnglish() ? ScheduleText.date(date) : date(date, language.locale());
    }

    /** "3 March 2026" in the reader's language ("3 marca 2026"), as a result card says when it was last checked. */
    public String dateWithYear(LocalDate date) {
        Language language = language();
        Locale locale = language.isEnglish() ? Locale.UK : language.locale();
        return date.format(DATE_WITH_YEAR.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("d MMMM yyyy", l)));
    }

    /**
     * "22 November 2026, 10:15" in the reader's language ("22 listopada 2026, 10:15"): when something
     * happened, such as a text message kept in the outbox. Always the 24-hour clock, as English did already.
     */
    public String dateAndTime(LocalDateTime when) {
        return dateWithYear(when.toLocalDate()) + ", " + clock(when.toLocalTime());
    }

    /**
     * How far away a result is, in the reader's language. Measured from the middle of an outward code it is
     * only rough, so it is said in whole miles ("About 3 miles away"); from a full postcode, to a tenth.
     */
    public String distance(double miles, boolean approximate) {
        Language language = language();
        MoreMessages txt = Translations.more(language);
        if (approximate) {
            return miles < 1.5 ? txt.distanceAboutOneMile() : txt.distanceAboutMiles(Math.round(miles));
        }
        return miles < 0.1 ? txt.distanceUnderATenth() : txt.distanceMiles(tenths(miles, language));
    }

    /**
     * "2.4", or "2,4" where the language writes a decimal comma; always the digits 0 to 9, as the rest
     * of the page writes numbers.
     */
    private static String tenths(double miles, Language language) {
        char mark = DECIMAL_MARK.computeIfAbsent(
                language.locale(), l -> DecimalFormatSymbols.getInstance(l).getDecimalSeparator());
        long inTenths = Math.round(miles * 10);
        String text = inTenths / 10 + "." + inTenths % 10;
        return mark == ',' ? text.replace('.', ',') : text;
    }

    /**
     * Where a result happens, as the index keeps it for the API ({@link Listing#getWhereText()}): a venue's name
     * and postcode stay as the provider wrote them; the directory's own words are said in the reader's language.
     */
    public String where(String indexed) {
        Language language = language();
        if (language.isEnglish() || indexed == null) {
            return indexed;
        }
        return switch (indexed) {
            case Listing.WHERE_ONLINE -> msg(language).venueOnline();
            case Listing.WHERE_AT_HOME -> msg(language).venueAtHome();
            case Listing.WHERE_NOT_GIVEN -> Translations.more(language).whereNotGiven();
            default -> indexed;
        };
    }

    /** "Next: Tuesday 8 December, 10am" in the reader's language. */
    public String next(Occurrence occurrence) {
        Language language = language();
        if (language.isEnglish()) {
            return ScheduleText.next(occurrence);
        }
        String when = date(occurrence.date(), language.locale())
                + (occurrence.hasTimes() ? ", " + time(occurrence.start().toLocalTime()) : "");
        return msg(language).sessionNext(when);
    }

    public String cost(Cost cost) {
        Messages msg = msg(language());
        return switch (cost) {
            case FREE -> msg.costFree();
            case LOW_COST -> msg.costLowCost();
            case PAID -> msg.costPaid();
        };
    }

    public String howToJoin(HowToJoin howToJoin) {
        Messages msg = msg(language());
        return switch (howToJoin) {
            case JUST_TURN_UP -> msg.joinTurnUp();
            case BOOK -> msg.joinBook();
            case REFERRAL -> msg.joinReferral();
        };
    }

    public String organisationType(OrganisationType type) {
        Messages msg = msg(language());
        return switch (type) {
            case CHARITY -> msg.orgCharity();
            case COMMUNITY_GROUP -> msg.orgCommunityGroup();
            case SOCIAL_ENTERPRISE -> msg.orgSocialEnterprise();
            case BUSINESS -> msg.orgBusiness();
            case PUBLIC_SECTOR -> msg.orgPublicSector();
        };
    }

    public String venueMode(VenueMode mode) {
        Messages msg = msg(language());
        return switch (mode) {
            case IN_PERSON -> msg.venueInPerson();
            case ONLINE -> msg.venueOnline();
            case AT_HOME -> msg.venueAtHome();
        };
    }

    /** A place given only by its postcode: the area, and where to find the address. */
    public String nearAskForAddress(String postcode) {
        return msg(language()).venueNear(postcode);
    }

    /** What the page says for a fact the provider has not given. */
    public String askTheGroup() {
        return msg(language()).askTheGroup();
    }

    /** Null when no ages were given: the page then says nothing rather than a default. */
    public String ages(Integer min, Integer max) {
        if (min == null && max == null) {
            return null;
        }
        Messages msg = msg(language());
        if (max == null) {
            return min == 0 ? msg.agesAll() : msg.agesFrom(min);
        }
        return min == null ? msg.agesUpTo(max) : msg.agesBetween(min, max);
    }

    /** What the listing page says a current check is ("Food hygiene checked"), in the reader's language. */
    public String checkBadge(CheckKind kind) {
        Language language = language();
        if (language.isEnglish()) {
            return kind.badge;
        }
        MoreMessages txt = Translations.more(language);
        return switch (kind) {
            case REGISTRATION -> txt.checkRegistration();
            case SAFEGUARDING -> txt.checkSafeguarding();
            case DBS -> txt.checkDbs();
            case INSURANCE -> txt.checkInsurance();
            case FOOD_HYGIENE -> txt.checkFoodHygiene();
        };
    }

    /** "November 2026" in the reader's language (the month's own name, as on a calendar). */
    public DateTimeFormatter month() {
        Language language = language();
        return language.isEnglish()
                ? DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)
                : DateTimeFormatter.ofPattern("LLLL yyyy", language.locale());
    }

    /** A spoken language's name ("ur" → "Urdu", or "اردو" for an Urdu reader). */
    public String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(language().locale());
        return name.isBlank() ? code : name;
    }
}
