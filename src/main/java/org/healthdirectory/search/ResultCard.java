package org.healthdirectory.search;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.healthdirectory.language.Language;
import org.healthdirectory.language.Messages;
import org.healthdirectory.language.Translations;

/**
 * One result card as the search and tag pages draw it: the hit, the address of its listing page (carrying
 * the way back to these results), its place on the map (null when there is no map or no position), the
 * "Last checked" line and the card's headings, all in the reader's language. Built once in Java, so the
 * cards' loop reads only the card it is drawing.
 */
@TemplateData
public record ResultCard(SearchResults.Hit hit, String href, ResultsMap.Point point, String lastChecked, Words words) {

    /** The headings every card shares, in the reader's language. */
    @TemplateData
    public record Words(
            String when,
            String contactForTimes,
            String where,
            String cost,
            String newPeople,
            String takingNew,
            String notTakingNew,
            String phone,
            String runBy) {

        static Words in(Messages msg) {
            return new Words(
                    msg.when(),
                    msg.contactForTimes(),
                    msg.where(),
                    msg.cost(),
                    msg.newPeople(),
                    msg.takingNew(),
                    msg.notTakingNew(),
                    msg.phone(),
                    msg.runBy());
        }
    }

    /** The cards for one page of results; {@code back} is the results' own address, URL-encoded. */
    static List<ResultCard> of(List<SearchResults.Hit> hits, ResultsMap.View map, String back, Language reader) {
        Messages msg = Translations.messages(reader);
        Words words = Words.in(msg);
        return hits.stream()
                .map(hit -> new ResultCard(
                        hit,
                        "/listings/" + hit.id() + "?back=" + back,
                        map == null ? null : hit.place(),
                        hit.lastChecked() == null ? null : msg.lastChecked(hit.lastCheckedText()),
                        words))
                .toList();
    }
}
