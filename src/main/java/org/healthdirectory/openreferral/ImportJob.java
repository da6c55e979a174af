package org.healthdirectory.openreferral;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One import run: its counts and report grow a batch at a time while it runs. The instance running it keeps
 * a heartbeat; a run whose instance stopped is INTERRUPTED and can be resumed where it got to.
 */
@Entity
@Table(name = "open_referral_import")
public class ImportJob {

    public enum Status {
        RUNNING,
        FINISHED,
        FAILED,
        INTERRUPTED
    }

    public enum Outcome {
        CREATED,
        UPDATED,
        SKIPPED
    }

    /** What happened to one record of the feed, and why. */
    public record Entry(String sourceId, String name, Outcome outcome, String reason) {}

    /** A batch of the run was committed: how many services it has dealt with so far. */
    public record Progress(UUID job, int done) {}

    /** The run was marked interrupted (its instance is stopping, or was silent too long): stop here. */
    static final class RunTakenAway extends RuntimeException {
        RunTakenAway() {
            super(null, null, false, false);
        }
    }

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
    private String runner;
    private Instant heartbeatAt;

    @Basic(fetch = FetchType.LAZY)
    private String feedText;

    protected ImportJob() {
        // for JPA
    }

    ImportJob(UUID id, String source, String startedBy, String feedText, String runner, Instant now) {
        this.id = id;
        this.source = source;
        this.startedBy = startedBy;
        this.feedText = feedText;
        this.runner = runner;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    /** True while this instance is the one running the import (not finished, not interrupted). */
    boolean isRunBy(String instance) {
        return status == Status.RUNNING && instance.equals(runner);
    }

    /** The source ids of the services this run has already dealt with, so a resumed run skips them. */
    Set<String> handledSourceIds() {
        return report.stream().map(Entry::sourceId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** An uploaded file's text, kept until the run ends; null for a feed read from a web address. */
    String getFeedText() {
        return feedText;
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
        feedText = null;
    }

    void fail(String reason, Instant now) {
        status = Status.FAILED;
        failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finishedAt = now;
        feedText = null;
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

    /** Services dealt with so far, whatever happened to them. */
    public int getDone() {
        return created + updated + skipped;
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

    public Instant getHeartbeatAt() {
        return heartbeatAt;
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
