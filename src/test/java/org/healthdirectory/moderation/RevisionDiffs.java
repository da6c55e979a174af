package org.healthdirectory.moderation;

import java.util.List;
import java.util.UUID;
import org.healthdirectory.content.ContentCatalogue;

/** Test access to a revision's diff rows, read in a transaction as the queue page does. */
final class RevisionDiffs {

    private RevisionDiffs() {}

    static List<FieldChange> rows(RevisionRepository revisions, UUID id, ContentCatalogue catalogue) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> RevisionDiff.of(revisions.findById(id), catalogue));
    }
}
