package org.healthdirectory.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/**
 * When a listing runs (Open Referral UK "schedule"), at one of its venues or, when none is named, at
 * the listing's venue. The pattern's rules live in {@link SessionPattern}; this is how it is stored.
 */
@Entity
@Table(name = "listing_session")
public class Session {

    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id")
    private Listing listing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Column(name = "repeat_interval")
    private int interval = 1;

    /** iCalendar day codes (MO, TU...) separated by commas. */
    private String days = "";

    private Integer monthWeek;
    private Integer monthDay;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "date[]")
    private List<LocalDate> dates = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cancelled_dates", columnDefinition = "date[]")
    private List<LocalDate> cancelled = new ArrayList<>();

    private LocalTime startTime;
    private LocalTime endTime;
    private boolean termTimeOnly;
    private boolean skipBankHolidays;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String note;

    protected Session() {
        // for JPA
    }

    public Session(UUID id, SessionPattern pattern) {
        this.id = id;
        setPattern(pattern);
    }

    void attachTo(Listing listing) {
        this.listing = listing;
    }

    /** The venue this session is at; null means the listing's only venue, or "not said". */
    public void setVenue(Venue venue) {
        this.venue = venue;
    }

    public Venue getVenue() {
        return venue;
    }

    public SessionPattern pattern() {
        return new SessionPattern(
                frequency,
                interval,
                getDaysOfWeek(),
                monthWeek,
                monthDay,
                dates,
                startsOn,
                endsOn,
                startTime,
                endTime,
                termTimeOnly,
                skipBankHolidays,
                cancelled);
    }

    public void setPattern(SessionPattern p) {
        this.frequency = p.frequency();
        this.interval = p.interval();
        this.days = String.join(",", p.days().stream().map(Session::codeOf).toList());
        this.monthWeek = p.monthWeek();
        this.monthDay = p.monthDay();
        this.dates = new ArrayList<>(p.dates());
        this.startsOn = p.startsOn();
        this.endsOn = p.endsOn();
        this.startTime = p.start();
        this.endTime = p.end();
        this.termTimeOnly = p.termTimeOnly();
        this.skipBankHolidays = p.skipBankHolidays();
        this.cancelled = new ArrayList<>(p.cancelled());
    }

    public static DayOfWeek dayOf(String code) {
        int index = DAY_CODES.indexOf(code.trim().toUpperCase());
        if (index < 0) {
            throw new IllegalArgumentException("Unknown day code: " + code);
        }
        return DayOfWeek.of(index + 1);
    }

    public static String codeOf(DayOfWeek day) {
        return DAY_CODES.get(day.getValue() - 1);
    }

    /** Day codes for search filters, e.g. ["MO", "WE"]. */
    @KeywordField(name = "days")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "days")))
    public List<String> getDayCodes() {
        return days.isBlank() ? List.of() : Arrays.asList(days.split(","));
    }

    /** "morning" (before 12), "afternoon" (12 to 5pm) or "evening", for the time-of-day filter. */
    @KeywordField(name = "timesOfDay")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startTime")))
    public List<String> getTimesOfDay() {
        if (startTime == null) {
            return List.of();
        }
        int hour = startTime.getHour();
        return List.of(hour < 12 ? "morning" : hour < 17 ? "afternoon" : "evening");
    }

    public List<DayOfWeek> getDaysOfWeek() {
        return getDayCodes().stream().map(Session::dayOf).toList();
    }

    public void setNote(String note) {
        this.note = note;
    }

    public UUID getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public boolean isTermTimeOnly() {
        return termTimeOnly;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Session other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Session.class.hashCode();
    }
}
