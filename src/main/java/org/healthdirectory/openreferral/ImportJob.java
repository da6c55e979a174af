package org.healthdirectory.openreferral;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import run: counts while it runs, the full report when it ends. */
@Entity
@Table(name = "open_referral_import")
public class ImportJob {

    public enum Status {
        RUNNING,
        FINISHED,
        FAILED
    }

    public enum Outcome {
        CREATED,
        UPDATED,
        SKIPPED
    }

    /** What happened to one record of the feed, and why. */
    public record Entry(String sourceId, String name, Outcome outcome, String reason) {}

    @Id
    private UUID id;

    private String source;
    private String startedBy;

    @Enumerated(EnumType.STRING)
    private Status status = Status.RUNNING;

    private int created;
    private int updated;
    private int skipped;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Entry> report = new ArrayList<>();

    private String failure;
    private Instant startedAt;
    private Instant finishedAt;

    protected ImportJob() {
        // for JPA
    }

    ImportJob(UUID id, String source, String startedBy, Instant now) {
        this.id = id;
        this.source = source;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    void add(List<Entry> entries) {
        List<Entry> all = new ArrayList<>(report);
        all.addAll(entries);
        report = all;
        created = count(Outcome.CREATED);
        updated = count(Outcome.UPDATED);
        skipped = count(Outcome.SKIPPED);
    }

    private int count(Outcome outcome) {
        return (int) report.stream().filter(e -> e.outcome() == outcome).count();
    }

    void finish(Instant now) {
        status = Status.FINISHED;
        finishedAt = now;
    }

    void fail(String reason, Instant now) {
        status = Status.FAILED;
        failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finishedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Status getStatus() {
        return status;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getSkipped() {
        return skipped;
    }

    public List<Entry> getReport() {
        return report;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ImportJob other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return ImportJob.class.hashCode();
    }
}
