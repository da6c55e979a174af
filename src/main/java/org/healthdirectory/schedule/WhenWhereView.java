package org.healthdirectory.schedule;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.ScheduleText;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.web.FieldError;

/**
 * The "When and where" page's form, as the template shows it: each place and time from the submitted
 * (or saved) values, plus one empty place and one empty time per place for adding another.
 */
public record WhenWhereView(
        UUID listingId,
        String listingName,
        boolean waiting,
        List<PlaceSlot> places,
        String calendarUrl,
        List<FieldError> errors) {

    /** The form field for a public calendar address the directory reads times from. */
    public static final String CALENDAR_URL = "calendar-url";

    public String calendarError() {
        return FieldError.messageFor(errors, CALENDAR_URL);
    }

    public record Option(String value, String label, boolean selected) {}

    public record PlaceSlot(
            String prefix,
            int number,
            boolean empty,
            MultivaluedMap<String, String> form,
            List<FieldError> errors,
            List<TimeSlot> times) {
        public String value(String name) {
            String v = form.getFirst(prefix + name);
            return v == null ? "" : v;
        }

        public boolean is(String name, String wanted) {
            return wanted.equals(form.getFirst(prefix + name));
        }

        public String error(String name) {
            return FieldError.messageFor(errors, prefix + name);
        }

        /** The field's full name, e.g. "p0-t1-start". */
        public String key(String name) {
            return prefix + name;
        }
    }

    public record TimeSlot(
            String prefix, int number, boolean empty, MultivaluedMap<String, String> form, List<FieldError> errors) {
        public String value(String name) {
            String v = form.getFirst(prefix + name);
            return v == null ? "" : v;
        }

        public boolean is(String name, String wanted) {
            return wanted.equals(form.getFirst(prefix + name));
        }

        public boolean checked(String name) {
            return form.containsKey(prefix + name);
        }

        public List<Option> days() {
            List<String> chosen = form.getOrDefault(prefix + "days", List.of());
            return java.util.Arrays.stream(DayOfWeek.values())
                    .map(d ->
                            new Option(Session.codeOf(d), ScheduleText.dayName(d), chosen.contains(Session.codeOf(d))))
                    .toList();
        }

        public List<Option> weeks() {
            String chosen = form.getFirst(prefix + "month-week");
            return List.of(
                    new Option("", "A day of the month (below)", chosen == null || chosen.isBlank()),
                    new Option("1", "First", "1".equals(chosen)),
                    new Option("2", "Second", "2".equals(chosen)),
                    new Option("3", "Third", "3".equals(chosen)),
                    new Option("4", "Fourth", "4".equals(chosen)),
                    new Option("5", "Fifth", "5".equals(chosen)),
                    new Option("-1", "Last", "-1".equals(chosen)));
        }

        public String error(String name) {
            return FieldError.messageFor(errors, prefix + name);
        }

        /** The field's full name, e.g. "p0-t1-start". */
        public String key(String name) {
            return prefix + name;
        }
    }

    public String errorFor(String field) {
        return FieldError.messageFor(errors, field);
    }

    public static WhenWhereView of(
            UUID id, String name, boolean waiting, MultivaluedMap<String, String> form, List<FieldError> errors) {
        List<PlaceSlot> places = new java.util.ArrayList<>();
        int p = 0;
        while (form.containsKey("p" + p + "-mode") || form.containsKey("p" + p + "-name")) {
            places.add(place(p, false, form, errors));
            p++;
        }
        places.add(place(p, true, form, errors));
        String calendar = form.getFirst(CALENDAR_URL);
        return new WhenWhereView(id, name, waiting, places, calendar == null ? "" : calendar, errors);
    }

    private static PlaceSlot place(int p, boolean empty, MultivaluedMap<String, String> form, List<FieldError> errors) {
        String prefix = "p" + p + "-";
        List<TimeSlot> times = new java.util.ArrayList<>();
        int t = 0;
        while (form.containsKey(prefix + "t" + t + "-often") || form.containsKey(prefix + "t" + t + "-start")) {
            times.add(new TimeSlot(prefix + "t" + t + "-", t + 1, false, form, errors));
            t++;
        }
        times.add(new TimeSlot(prefix + "t" + t + "-", t + 1, true, form, errors));
        return new PlaceSlot(prefix, p + 1, empty, form, errors, times);
    }

    /** The saved places and times as form values, for the page to show. */
    public static MultivaluedMap<String, String> form(WhenWhere whenWhere) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int p = 0; p < whenWhere.places().size(); p++) {
            WhenWhere.Place place = whenWhere.places().get(p);
            String at = "p" + p + "-";
            put(form, at + "id", place.id());
            put(form, at + "mode", place.mode());
            put(form, at + "name", place.name());
            put(form, at + "address", place.address());
            put(form, at + "postcode", place.postcode());
            for (int t = 0; t < place.times().size(); t++) {
                WhenWhere.Time time = place.times().get(t);
                SessionPattern s = time.pattern();
                String tt = at + "t" + t + "-";
                put(form, tt + "often", s.frequency());
                put(form, tt + "interval", s.interval());
                s.days().forEach(d -> form.add(tt + "days", Session.codeOf(d)));
                put(form, tt + "month-week", s.monthWeek());
                put(form, tt + "month-day", s.monthDay());
                put(form, tt + "dates", lines(s.dates()));
                put(form, tt + "first", s.startsOn());
                put(form, tt + "last", s.endsOn());
                put(form, tt + "start", s.start());
                put(form, tt + "end", s.end());
                if (s.termTimeOnly()) {
                    form.add(tt + "term-time", "yes");
                }
                if (s.skipBankHolidays()) {
                    form.add(tt + "bank-holidays", "yes");
                }
                put(form, tt + "cancelled", lines(s.cancelled()));
                put(form, tt + "note", time.note());
            }
        }
        return form;
    }

    private static String lines(List<LocalDate> dates) {
        return dates.isEmpty()
                ? null
                : String.join("\n", dates.stream().map(LocalDate::toString).toList());
    }

    private static void put(MultivaluedMap<String, String> form, String key, Object value) {
        if (value != null) {
            form.putSingle(key, value.toString());
        }
    }
}
