package org.healthdirectory.moderation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One month's prize draw among the organisations that kept an entry up to date that month. */
@Entity
public class PrizeDraw {

    /** The first day of the month drawn. */
    @Id
    private LocalDate month;

    private Instant drawnAt;
    private String drawnBy;
    private long seed;

    /** The entrants in draw order: [{id, name}], sorted by organisation id. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Map<String, String>> entrants;

    private UUID winnerOrganisationId;
    private String winnerName;

    protected PrizeDraw() {
        // for JPA
    }

    PrizeDraw(
            LocalDate month,
            Instant drawnAt,
            String drawnBy,
            long seed,
            List<Map<String, String>> entrants,
            UUID winnerOrganisationId,
            String winnerName) {
        this.month = month;
        this.drawnAt = drawnAt;
        this.drawnBy = drawnBy;
        this.seed = seed;
        this.entrants = entrants;
        this.winnerOrganisationId = winnerOrganisationId;
        this.winnerName = winnerName;
    }

    public LocalDate getMonth() {
        return month;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public long getSeed() {
        return seed;
    }

    public List<Map<String, String>> getEntrants() {
        return entrants;
    }

    public UUID getWinnerOrganisationId() {
        return winnerOrganisationId;
    }

    public String getWinnerName() {
        return winnerName;
    }
}
