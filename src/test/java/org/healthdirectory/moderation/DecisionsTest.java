package org.healthdirectory.moderation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.geo.LocalityRepository;
import org.healthdirectory.listing.EditableField;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingDetails;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.registration.EditForm;
import org.healthdirectory.testing.ListingFixtures;
import org.healthdirectory.testing.Mailbox;
import org.healthdirectory.testing.Providers;
import org.junit.jupiter.api.Test;

/** What each moderator decision does to the entry, the audit log and the provider's inbox. */
@QuarkusTest
class DecisionsTest {

    private static final Staff MODERATOR = new Staff("moderator-test", Set.of());

    @Inject
    Decisions decisions;

    @Inject
    ModerationQueue queue;

    @Inject
    ListingFixtures fixtures;

    @Inject
    ListingRepository listings;

    @Inject
    RevisionRepository revisions;

    @Inject
    ListingReports reports;

    @Inject
    LocalityRepository localities;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    org.healthdirectory.content.ContentCatalogue catalogue;

    /** A pending edit changing one field, or a new entry when field is null. */
    private UUID pending(UUID listingId, EditableField field, ListingDetails proposed, String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Listing listing = listings.findById(listingId);
            Revision revision = field == null
                    ? Revision.newListing(listing, Set.of(), email, clock.instant())
                    : Revision.edit(listing, proposed, Set.of(field), email, clock.instant());
            revisions.persist(revision);
            return revision.getId();
        });
    }

    private ListingDetails with(UUID listingId, java.util.function.UnaryOperator<Listing> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Listing listing = listings.findById(listingId);
            ListingDetails details = ListingDetails.of(change.apply(listing));
            listings.getEntityManager().clear(); // the change only describes a proposal: nothing is saved
            return details;
        });
    }

    private UUID publishedListing(String name) {
        UUID id = fixtures.draft(name);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        return id;
    }

    private Listing reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Listing listing = listings.findById(id);
            listing.getOrganisation().getContactEmail();
            return listing;
        });
    }

    @Test
    void approvingAnEditPublishesTheProposedFieldsAndKeepsTheOthers() {
        UUID id = publishedListing("Edit test " + UUID.randomUUID().toString().substring(0, 5));
        String email = Providers.newEmail("netball");
        UUID revision = pending(
                id,
                EditableField.SUMMARY,
                with(id, l -> {
                    l.setSummary("A changed summary for a moderation test.");
                    return l;
                }),
                email);

        decisions.approve(revision, MODERATOR, "Thanks");

        Listing after = reload(id);
        assertEquals("A changed summary for a moderation test.", after.getSummary());
        assertEquals("A test activity for automated checks.", after.getDescription(), "fields not in the edit stay");
        assertEquals(ListingStatus.PUBLISHED, after.getStatus());
        var event = QuarkusTransaction.requiringNew().call(() -> auditLog.forSubject(id)).stream()
                .filter(e -> e.getAction().equals("revision.approved"))
                .findFirst()
                .orElseThrow();
        assertEquals("moderator-test", event.getActor());
        assertEquals("A test activity.", event.getBefore().get("summary"));
        assertEquals(
                "A changed summary for a moderation test.", event.getAfter().get("summary"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(email).stream()
                        .anyMatch(m -> m.contains("your change") && m.contains("is now live")));
    }

    @Test
    void anEditToAPausedEntryWaitsForAModeratorBecauseItCanGoLiveAgainUnchecked() {
        String email = Providers.newEmail("paused");
        UUID id = publishedListing("Paused test " + UUID.randomUUID().toString().substring(0, 5));
        fixtures.setContactEmail(id, email);
        fixtures.move(id, ListingStatus.PAUSED);
        var manage = io.quarkus.arc.Arc.container()
                .instance(org.healthdirectory.registration.ManageEntries.class)
                .get();
        EditForm form = new EditForm();
        form.name = reload(id).getName();
        form.summary = "A summary changed while paused.";
        form.description = "A test activity for automated checks.";
        form.cost = "FREE";

        assertEquals(
                org.healthdirectory.registration.ManageEntries.EditOutcome.SENT_FOR_CHECKING,
                manage.edit(email, id, form));
        assertEquals("A test activity.", reload(id).getSummary(), "not applied before a moderator checks it");

        UUID revision = QuarkusTransaction.requiringNew()
                .call(() -> revisions
                        .find("listing.id = ?1 and status = ?2", id, RevisionStatus.PENDING)
                        .firstResult()
                        .getId());
        decisions.approve(revision, MODERATOR, null);
        assertEquals("A summary changed while paused.", reload(id).getSummary());
        assertEquals(ListingStatus.PAUSED, reload(id).getStatus(), "approving does not un-pause it");
    }

    @Test
    void aDecisionCanOnlyBeMadeOnce() {
        UUID id = publishedListing("Once test " + UUID.randomUUID().toString().substring(0, 5));
        UUID revision = pending(
                id,
                EditableField.NAME,
                with(id, l -> {
                    l.setName("Once test renamed");
                    return l;
                }),
                null);
        decisions.reject(revision, MODERATOR, "Not needed");
        DecisionRefused refused =
                assertThrows(DecisionRefused.class, () -> decisions.approve(revision, MODERATOR, null));
        assertTrue(refused.getMessage().contains("already decided"));
        assertFalse(reload(id).getName().equals("Once test renamed"));
    }

    @Test
    void rejectingANewEntryRemovesItAndTellsTheProviderWhy() {
        UUID id = fixtures.draft("Reject test " + UUID.randomUUID().toString().substring(0, 5));
        fixtures.move(id, ListingStatus.PENDING);
        String email = Providers.newEmail("cats");
        UUID revision = pending(id, null, null, email);

        decisions.reject(revision, MODERATOR, "This is not a health activity.");

        assertEquals(ListingStatus.ARCHIVED, reload(id).getStatus());
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        Mailbox.messages(email).stream().anyMatch(m -> m.contains("This is not a health activity.")));
    }

    @Test
    void afterChangesAreRequestedTheProvidersNextEditGoesBackToTheQueue() throws Exception {
        String email = Providers.newEmail("swim");
        String name = "Changes test " + UUID.randomUUID().toString().substring(0, 5);
        Providers.registerAndConfirm(name, "A made-up entry for a moderation test.", "M20 2RN", email);
        UUID listingId = QuarkusTransaction.requiringNew()
                .call(() -> listings.find("name", name).firstResult().getId());
        UUID first = QuarkusTransaction.requiringNew()
                .call(() -> revisions
                        .find("listing.id = ?1 and status = ?2", listingId, RevisionStatus.PENDING)
                        .firstResult()
                        .getId());

        decisions.requestChanges(first, MODERATOR, "Please say which pool.");
        assertEquals(ListingStatus.CHANGES_REQUESTED, reload(listingId).getStatus());

        // The provider changes the entry (as the edit form does) and it waits for a check again.
        QuarkusTransaction.requiringNew().run(() -> {
            var manage = io.quarkus.arc.Arc.container()
                    .instance(org.healthdirectory.registration.ManageEntries.class)
                    .get();
            EditForm form = new EditForm();
            form.name = name;
            form.summary = "A made-up entry, now with the place.";
            form.description = "A made-up entry for a moderation test, now with the place.";
            form.cost = "FREE";
            manage.edit(email, listingId, form);
        });
        assertEquals(ListingStatus.PENDING, reload(listingId).getStatus());
        long waiting =
                queue.items(new ModerationQueue.Filter(QueueItem.Type.NEW_LISTING, null, null), Set.of()).stream()
                        .filter(i -> i.listingId().equals(listingId))
                        .count();
        assertEquals(1, waiting);
    }

    @Test
    void aSuspendedEntryLeavesTheSiteAndOnlyAModeratorCanPutItBack() {
        UUID id =
                publishedListing("Suspend test " + UUID.randomUUID().toString().substring(0, 5));
        String owner = Providers.newEmail("boxing");
        fixtures.setContactEmail(id, owner);

        decisions.suspend(id, MODERATOR, "A safeguarding concern is being looked into.");
        Listing suspended = reload(id);
        assertEquals(ListingStatus.PAUSED, suspended.getStatus());
        assertTrue(suspended.isSuspended());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(owner).stream()
                        .anyMatch(m -> m.contains("A safeguarding concern is being looked into.")));

        var manage = io.quarkus.arc.Arc.container()
                .instance(org.healthdirectory.registration.ManageEntries.class)
                .get();
        assertThrows(
                jakarta.ws.rs.NotFoundException.class,
                () -> manage.resume(owner, id),
                "the provider cannot undo a suspension");
        assertEquals(ListingStatus.PAUSED, reload(id).getStatus());

        decisions.reinstate(id, MODERATOR, "Checked and fine");
        assertEquals(ListingStatus.PUBLISHED, reload(id).getStatus());
        assertFalse(reload(id).isSuspended());
    }

    @Test
    void unpublishingAsksTheProviderToChangeTheEntry() {
        UUID id = publishedListing(
                "Unpublish test " + UUID.randomUUID().toString().substring(0, 5));
        decisions.unpublish(id, MODERATOR, "The phone number does not work.");
        assertEquals(ListingStatus.CHANGES_REQUESTED, reload(id).getStatus());
        assertThrows(DecisionRefused.class, () -> decisions.unpublish(id, MODERATOR, "again"));
    }

    @Test
    void resolvingAReportAnswersThePersonWhoAskedForAReply() {
        UUID id = publishedListing("Report test " + UUID.randomUUID().toString().substring(0, 5));
        String reporter = Providers.newEmail("reporter");
        UUID report = QuarkusTransaction.requiringNew()
                .call(() -> reports.receive(
                                listings.findById(id),
                                ListingReport.Reason.STOPPED,
                                "It closed in May.",
                                reporter,
                                "192.0.2.1")
                        .orElseThrow()
                        .getId());
        assertTrue(queue.items(new ModerationQueue.Filter(QueueItem.Type.REPORT, null, null), Set.of()).stream()
                .anyMatch(i -> i.id().equals(report)));

        decisions.resolveReport(report, MODERATOR, "Thank you. We have taken it off the directory.");

        assertFalse(queue.items(new ModerationQueue.Filter(null, null, null), Set.of()).stream()
                .anyMatch(i -> i.id().equals(report)));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Mailbox.messages(reporter).stream()
                        .anyMatch(m -> m.contains("We have taken it off the directory.")));
    }

    @Test
    void aModeratorScopedToALocalitySeesAndDecidesOnlyThere() {
        String email = Providers.newEmail("north");
        String name = "Scope test " + UUID.randomUUID().toString().substring(0, 5);
        Providers.registerAndConfirm(name, "A made-up entry for a moderation test.", "M40 9NB", email);
        UUID north = QuarkusTransaction.requiringNew()
                .call(() ->
                        localities.findBySlug("north-manchester").orElseThrow().getId());
        UUID south = QuarkusTransaction.requiringNew()
                .call(() ->
                        localities.findBySlug("south-manchester").orElseThrow().getId());

        List<QueueItem> northItems = queue.items(new ModerationQueue.Filter(null, null, null), Set.of(north));
        List<QueueItem> southItems = queue.items(new ModerationQueue.Filter(null, null, null), Set.of(south));
        assertTrue(northItems.stream().anyMatch(i -> i.listingName().equals(name)));
        assertFalse(southItems.stream().anyMatch(i -> i.listingName().equals(name)));

        UUID revision = northItems.stream()
                .filter(i -> i.listingName().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        assertThrows(
                ForbiddenException.class,
                () -> decisions.approve(revision, new Staff("south-only", Set.of(south)), null));
        decisions.approve(revision, new Staff("north-only", Set.of(north)), null);
    }

    @Test
    void staffFindEntriesByNameAndStatus() {
        var moderator = org.healthdirectory.testing.StaffSession.signIn("moderator", "moderator-demo");
        String found =
                moderator.get("/console/listings?q=dog+walking+at+moston").body();
        assertTrue(found.contains("1 entry"), "only the one entry with these words in its name");
        assertTrue(found.contains("Dog walking at Moston Paws"));
        assertTrue(moderator
                .get("/console/listings?q=dog+walking+at+moston&status=ARCHIVED")
                .body()
                .contains("0 entries"));
    }

    @Test
    void theQueueIsOldestFirstAndFiltersByTypeAndDomain() {
        List<QueueItem> all = queue.items(new ModerationQueue.Filter(null, null, null), Set.of());
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).waitingSince().isBefore(all.get(i - 1).waitingSince()), "oldest first");
        }
        assertTrue(queue.items(new ModerationQueue.Filter(null, "arts-for-health", null), Set.of()).stream()
                .noneMatch(i -> i.listingName().startsWith("Edit test")));
    }

    @Test
    void aProviderChangesTheirOrganisationsDetailsAndAModeratorApprovesThem() {
        String email = Providers.newEmail("orgchange");
        UUID id = publishedListing(
                "Organisation change test " + UUID.randomUUID().toString().substring(0, 5));
        fixtures.setContactEmail(id, email);
        var manage = io.quarkus.arc.Arc.container()
                .instance(org.healthdirectory.registration.ManageEntries.class)
                .get();
        var form = new org.healthdirectory.registration.OrganisationForm();
        form.name = "Renamed walking group";
        form.charityNumber = "1123456";
        form.website = "https://walking.example.org";

        assertEquals(
                org.healthdirectory.registration.ManageEntries.EditOutcome.SENT_FOR_CHECKING,
                manage.changeOrganisation(email, form));
        assertTrue(reload(id).getOrganisation().getName().startsWith("Test group"), "not changed before a check");

        Revision pending = QuarkusTransaction.requiringNew()
                .call(() -> revisions
                        .find("listing.id = ?1 and kind = ?2", id, RevisionKind.ORGANISATION)
                        .firstResult());
        List<FieldChange> rows = QuarkusTransaction.requiringNew()
                .call(() -> RevisionDiff.of(revisions.findById(pending.getId()), catalogue));
        assertEquals(
                List.of("Name of the organisation", "Charity number", "Website"),
                rows.stream().map(FieldChange::label).toList(),
                "only what changes");

        decisions.approve(pending.getId(), MODERATOR, null);
        var organisation = reload(id).getOrganisation();
        assertEquals("Renamed walking group", organisation.getName());
        assertEquals("1123456", organisation.getCharityNumber());
        assertEquals("https://walking.example.org", organisation.getWebsite());
    }

    @Test
    void anEditShowsOnlyTheRowsItChangesAndANewEntryShowsWhenAndWhere() {
        String email = Providers.newEmail("rows");
        UUID id = publishedListing("Rows test " + UUID.randomUUID().toString().substring(0, 5));
        fixtures.setContactEmail(id, email);
        UUID edit = pending(
                id,
                EditableField.SUMMARY,
                with(id, l -> {
                    l.setSummary("Only the summary changes.");
                    return l;
                }),
                email);
        List<FieldChange> rows =
                QuarkusTransaction.requiringNew().call(() -> RevisionDiff.of(revisions.findById(edit), catalogue));
        assertEquals(1, rows.size(), () -> "" + rows);
        assertEquals("Summary", rows.get(0).label());
        assertEquals("Only the summary changes.", rows.get(0).proposed());

        UUID fresh = pending(id, null, null, email);
        List<String> labels = QuarkusTransaction.requiringNew()
                .call(() -> RevisionDiff.of(revisions.findById(fresh), catalogue).stream()
                        .map(FieldChange::label)
                        .toList());
        assertTrue(labels.containsAll(List.of("When", "Where", "How to join", "Ages")), () -> "" + labels);
    }
}
