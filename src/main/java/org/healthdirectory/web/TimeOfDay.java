package org.healthdirectory.web;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time typed into a form: "10:30", "14:00", "9.30", "2pm" or "10:30 am". One reader for every form,
 * so a time that registration accepts is one that "When and where" accepts too.
 */
public final class TimeOfDay {

    /** What a form says next to a time it cannot read. */
    public static final String ENTER_A_TIME = "Enter a time, like 10:30 or 2:30pm";

    private static final Pattern TIME = Pattern.compile("([0-9]{1,2})(?:[:.]([0-9]{2}))?(am|pm)?");

    private TimeOfDay() {}

    /** A form field's time: null when blank, and when it is not a time, null with {@link #ENTER_A_TIME}. */
    public static LocalTime read(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalTime> time = parse(text);
        if (time.isEmpty()) {
            errors.add(new FieldError(field, ENTER_A_TIME));
        }
        return time.orElse(null);
    }

    /** The time, or empty when the text is blank or not a time ("25:99", "noon", "14pm"). */
    public static Optional<LocalTime> parse(String text) {
        if (text == null || text.length() > 12) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.toLowerCase(Locale.ROOT).replace(" ", ""));
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return Optional.empty(); // a bare "10" could be morning or evening
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (minute > 59 || hour > 23 || (half != null && (hour < 1 || hour > 12))) {
            return Optional.empty();
        }
        if ("pm".equals(half) && hour < 12) {
            hour += 12;
        } else if ("am".equals(half) && hour == 12) {
            hour = 0;
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
