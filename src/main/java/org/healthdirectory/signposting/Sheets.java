package org.healthdirectory.signposting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.language.ContentTranslations;
import org.healthdirectory.language.PageWords;
import org.healthdirectory.language.ReaderLanguage;
import org.healthdirectory.language.Translations;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.listing.page.ListingView;
import org.healthdirectory.web.DirectoryConfig;

/** Builds the signposting sheet for a shortlist. Entries no longer published are left out. */
@ApplicationScoped
public class Sheets {

    static final int PRACTICE_MAX = 80;
    /** The same warning age as the listing page. */
    private static final int OUT_OF_DATE_AFTER_MONTHS = 12;

    private final Shortlists shortlists;
    private final ListingRepository listings;
    private final ContentCatalogue catalogue;
    private final DirectoryConfig config;
    private final Clock clock;
    private final ContentTranslations translated;
    private final PageWords words;
    private final ReaderLanguage reader;

    Sheets(
            Shortlists shortlists,
            ListingRepository listings,
            ContentCatalogue catalogue,
            DirectoryConfig config,
            Clock clock,
            ContentTranslations translated,
            PageWords words,
            ReaderLanguage reader) {
        this.translated = translated;
        this.words = words;
        this.reader = reader;
        this.shortlists = shortlists;
        this.listings = listings;
        this.catalogue = catalogue;
        this.config = config;
        this.clock = clock;
    }

    /** The sheet in the reader's language, so an email sent from a Polish page is written in Polish. */
    @Transactional
    public SignpostingSheet sheet(String key, String practice) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
        return new SignpostingSheet(
                published(key, today).stream().map(this::entry).toList(),
                practiceName(practice),
                words.date(today) + " " + today.getYear(),
                reader.current());
    }

    /** The shortlisted listings still published, as the listing page shows them. */
    @Transactional
    public List<ListingView> published(String key, LocalDate today) {
        return shortlists.entries(key).stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .map(l -> ListingView.from(l, catalogue, translated, words, today, OUT_OF_DATE_AFTER_MONTHS))
                .toList();
    }

    /** A row on the shortlist page, also for entries taken down since they were added (so they can go). */
    public record Row(UUID id, String name, String organisation, String summary, boolean listed) {}

    @Transactional
    public List<Row> rows(String key) {
        return shortlists.entries(key).stream()
                .map(id -> {
                    org.healthdirectory.listing.Listing listing = listings.findById(id);
                    if (listing == null || !listing.isPublished()) {
                        return new Row(
                                id,
                                listing == null
                                        ? Translations.more(reader.current()).anActivity()
                                        : listing.getName(),
                                null,
                                null,
                                false);
                    }
                    return new Row(
                            id, listing.getName(), listing.getOrganisation().getName(), listing.getSummary(), true);
                })
                .toList();
    }

    private Optional<org.healthdirectory.listing.Listing> find(UUID id) {
        return listings.findPublishedForPage(id);
    }

    private SignpostingSheet.Entry entry(ListingView listing) {
        String url = config.baseUrl() + "/listings/" + listing.id();
        return new SignpostingSheet.Entry(listing, url, QrCodes.svgDataUri(url));
    }

    /** One line of plain text at most 80 characters, or null: it goes into a page, a subject and a text. */
    static String practiceName(String practice) {
        if (practice == null) {
            return null;
        }
        String line = practice.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (line.isEmpty()) {
            return null;
        }
        return line.length() > PRACTICE_MAX ? line.substring(0, PRACTICE_MAX) : line;
    }
}
