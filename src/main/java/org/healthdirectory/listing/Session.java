package org.healthdirectory.listing;

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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** When a listing runs (Open Referral UK "schedule"): a repeating pattern or one date. */
@Entity
@Table(name = "listing_session")
public class Session {

    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id")
    private Listing listing;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    /** iCalendar day codes (MO, TU...) separated by commas. */
    private String days = "";

    private LocalTime startTime;
    private LocalTime endTime;
    private boolean termTimeOnly;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String note;

    protected Session() {
        // for JPA
    }

    public Session(UUID id, Frequency frequency, List<DayOfWeek> days, LocalTime startTime, LocalTime endTime) {
        this.id = id;
        this.frequency = frequency;
        this.days = String.join(
                ",", days.stream().map(d -> DAY_CODES.get(d.getValue() - 1)).toList());
        this.startTime = startTime;
        this.endTime = endTime;
    }

    void attachTo(Listing listing) {
        this.listing = listing;
    }

    public static DayOfWeek dayOf(String code) {
        int index = DAY_CODES.indexOf(code.trim().toUpperCase());
        if (index < 0) {
            throw new IllegalArgumentException("Unknown day code: " + code);
        }
        return DayOfWeek.of(index + 1);
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

    public void setTermTimeOnly(boolean termTimeOnly) {
        this.termTimeOnly = termTimeOnly;
    }

    public void setDates(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
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
