package org.healthdirectory.language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * More sentences for the public pages, in English; the other languages are in
 * src/main/resources/messages/txt_{code}.properties. A second bundle because Quarkus 3.33 generates a class
 * that fails to load once one bundle has more than 300 messages ({@link Messages} is near that). Templates
 * use {txt:key}; the locale is the reader's chosen language, as for {msg:...}.
 */
@MessageBundle("txt")
public interface MoreMessages {

    // Report a problem with a page
    @Message("Report a problem with {name}")
    String reportProblemWith(String name);

    @Message("Back to {name}")
    String backTo(String name);

    @Message("Tell us if something about {name} is wrong. We will check it with the group and correct it.")
    String reportIntro(String name);

    @Message("What is wrong?")
    String whatIsWrong();

    @Message("Some details are wrong")
    String reasonWrongDetails();

    @Message("It has stopped running")
    String reasonStopped();

    @Message("The contact details do not work")
    String reasonContactFails();

    @Message("Something else")
    String reasonOther();

    @Message("Tell us more")
    String tellUsMore();

    @Message("For example, \"the group now meets on Thursdays\". Do not include any medical or personal details.")
    String reportDetailsHint();

    @Message("Your email address (optional)")
    String yourEmailOptional();

    @Message("Only if you would like a reply. We will not share it.")
    String replyHint();

    @Message("Send report")
    String sendReport();

    @Message("Choose what is wrong")
    String errReasonMissing();

    @Message("Tell us what is wrong")
    String errDetailsMissing();

    @Message("What is wrong must be 1,000 characters or fewer")
    String errDetailsTooLong();

    @Message("Email address must be 320 characters or fewer")
    String errEmailTooLong();

    @Message("We have had a lot of reports from your connection recently. Wait an hour, then try again")
    String errReportTooMany();

    @Message("Thank you for telling us")
    String thanksForTelling();

    @Message("What happens next")
    String whatHappensNext();

    @Message(
            "Someone from the directory team will check {name} with the group, usually within 5 working days, and correct the page.")
    String reportNext(String name);

    // "Did you find what you needed?" under search results
    @Message("Did you find what you needed?")
    String didYouFind();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("What were you looking for? (optional)")
    String lookingForOptional();

    @Message("Do not include names, phone numbers, email addresses or full postcodes.")
    String feedbackHint();

    @Message("Send")
    String send();

    @Message("Choose yes or no")
    String errChooseYesNo();

    @Message("Use {max} characters or fewer")
    String errCommentTooLong(int max);

    @Message("Remove the personal details. Do not enter names, numbers, email addresses or full postcodes")
    String errPersonalDetails();

    @Message("Go back to your search results")
    String goBackToResults();

    @Message(
            "We use these answers to see what people look for and cannot find, so we can ask local groups to fill the gaps. We have not kept anything about you.")
    String feedbackUse();

    // Tag pages, the near-me page and the text message outbox
    @Message("All {name}")
    String allOf(String name);

    @Message("There are no activities here at the moment.")
    String noActivitiesHere();

    @Message("See all {name}")
    String seeAllOf(String name);

    @Message("We could not find a postcode near you")
    String nearMeNotFoundTitle();

    @Message(
            "Your device told us where you are, but we do not have a postcode close to there. We have not kept your location.")
    String nearMeNotFound();

    @Message("Go back and type your postcode or the name of your town")
    String typePostcodeInstead();

    @Message("Text messages not sent")
    String outboxTitle();

    @Message("Back to the sheet")
    String backToSheet();

    @Message("These messages were not really sent")
    String outboxNotReallySent();

    @Message(
            "Sending text messages is not switched on in this directory. Nobody received these messages. Print the sheet or send it by email instead.")
    String outboxSwitchedOff();

    @Message("Not sent to {to}")
    String outboxNotSentTo(String to);

    @Message("We only keep the last 3 digits of the number.")
    String outboxLastDigits();

    @Message("There are no unsent text messages for your list.")
    String outboxEmpty();

    // What the listing page says the lead provider has checked
    @Message("What we have checked")
    String whatWeHaveChecked();

    @Message("We have checked:")
    String weHaveChecked();

    @Message("Charity or company number checked")
    String checkRegistration();

    @Message("Safeguarding policy checked")
    String checkSafeguarding();

    @Message("DBS checks for volunteers checked")
    String checkDbs();

    @Message("Public liability insurance checked")
    String checkInsurance();

    @Message("Food hygiene checked")
    String checkFoodHygiene();

    // The refused-form page: a field of a public form that has no name of its own there
    @Message("Something you typed")
    String somethingYouTyped();

    // Search results: how far away, where, and the page title
    @Message("About 1 mile away")
    String distanceAboutOneMile();

    @Message("About {miles} miles away")
    String distanceAboutMiles(long miles);

    @Message("Less than 0.1 miles away")
    String distanceUnderATenth();

    @Message("{miles} miles away")
    String distanceMiles(String miles);

    @Message("Contact them for details")
    String whereNotGiven();

    @Message("“{words}”")
    String titleWords(String words);

    @Message("“{words}” near {place}")
    String titleWordsNear(String words, String place);

    @Message("Near {place}")
    String titleNear(String place);

    @Message("{title}, page {page} of {count}")
    String titleAndPage(String title, int page, int count);

    @Message(
            "We could not find the postcode {postcode}. Distances are from the middle of {outcode}, so they are only approximate.")
    String placeNotFoundNote(String postcode, String outcode);

    @Message(
            "Distances are from the middle of {place}, so they are only approximate. Give a full postcode for exact distances.")
    String placeRoughNote(String place);

    // The listing page's line for professionals, and the shortlist
    @Message("Health or care professional?")
    String professionalQuestion();

    @Message("Sign in to see how to refer")
    String signInToRefer();

    @Message("An activity")
    String anActivity();

    // A content page with no translation yet
    @Message("This page is only in English for now.")
    String onlyInEnglish();

    // What the page's scripts say: "Copy link" and "Use my location"
    @Message("Link copied")
    String linkCopied();

    @Message("Could not copy. Copy the link below instead.")
    String linkNotCopied();

    @Message("Finding where you are…")
    String findingWhereYouAre();

    @Message("We could not get your location. Type your postcode or the name of your town instead.")
    String noLocation();
}
