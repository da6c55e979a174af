package org.healthdirectory.language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence the public pages show, in English; the other languages are in
 * src/main/resources/messages/msg_{code}.properties, each saying who translated it. Templates use
 * {msg:key}; the locale is the reader's chosen language ({@link TranslatedTemplates}).
 */
@MessageBundle("msg")
public interface Messages {

    // About this translation (shown on the "About our translations" page)
    @Message("Written in English by the directory team.")
    String translatedBy();

    @Message("English")
    String languageName();

    // Layout
    @Message("Skip to main content")
    String skipLink();

    @Message("homepage")
    String homepage();

    @Message("Search for an activity")
    String searchLabel();

    @Message("Search activities")
    String searchPlaceholder();

    @Message("Search")
    String searchButton();

    @Message("Your list")
    String yourList();

    @Message("Menu")
    String menu();

    @Message("More")
    String more();

    @Message("Find an activity")
    String findAnActivity();

    @Message("List your group")
    String listYourGroup();

    @Message("About")
    String about();

    @Message("Languages")
    String languages();

    @Message("This page is also in {name}")
    String suggestLanguage(String name);

    @Message("Support links")
    String supportLinks();

    @Message("Get help now")
    String getHelpNow();

    @Message("About this directory")
    String aboutThisDirectory();

    @Message("Help for groups and charities")
    String helpForGroups();

    @Message("Manage your listing")
    String manageYourListing();

    @Message("Privacy")
    String privacy();

    @Message("Accessibility statement")
    String accessibilityStatement();

    @Message("Staff sign in")
    String staffSignIn();

    @Message("About our translations")
    String aboutTranslations();

    @Message("Error:")
    String errorPrefix();

    @Message("Information:")
    String information();

    // Home page
    @Message("Find local activities that help you stay well")
    String homeTitle();

    @Message(
            "Walking groups, cookery clubs, art groups, befriending, benefits advice and volunteering near you. Most are free. You do not need a referral for most of them.")
    String homeLede();

    @Message("What are you looking for?")
    String whatLookingFor();

    @Message("For example, walking, singing or benefits advice")
    String whatHint();

    @Message("Postcode or place (optional)")
    String placeOptional();

    @Message("For example, M11 3FF or Gorton")
    String placeHint();

    @Message("Browse by type of activity")
    String browseByType();

    @Message("Activities: {count}")
    String activityCount(long count);

    @Message("Do you run a group or charity that helps people stay well?")
    String runAGroup();

    @Message("List your activity for free")
    String listForFree();

    @Message("It takes about 3 minutes and you do not need an account.")
    String listTakes();

    // Search page
    @Message("Filter results")
    String filterResults();

    @Message("Postcode or place")
    String postcodeOrPlace();

    @Message("For example, M11 3FF, M11 or Gorton")
    String placeHintLong();

    @Message("Use my location")
    String useMyLocation();

    @Message("Distance")
    String distance();

    @Message("Within {miles} {#if miles == 1}mile{#else}miles{/if}")
    String withinMiles(int miles);

    @Message("Type of activity")
    String typeOfActivity();

    @Message("Any type")
    String anyType();

    @Message("Free only")
    String freeOnly();

    @Message("More filters")
    String moreFilters();

    @Message("Any time")
    String whenAny();

    @Message("Today")
    String whenToday();

    @Message("In the next 7 days")
    String whenWeek();

    @Message("Drop-in places open now")
    String whenNow();

    @Message("Days")
    String days();

    @Message("Time of day")
    String timeOfDay();

    @Message("Age of the person")
    String agePerson();

    @Message("Who it is for")
    String whoItIsFor();

    @Message("Accessibility needs")
    String accessibilityNeeds();

    @Message("Language spoken")
    String languageSpoken();

    @Message("Any language")
    String anyLanguage();

    @Message("Show activities where people speak your language")
    String languageSpokenHint();

    @Message("How it happens")
    String howItHappens();

    @Message("Any way")
    String anyWay();

    @Message("Only groups taking new people")
    String onlyTakingNew();

    @Message("Sorted by nearest first.")
    String sortedNearest();

    @Message("Sort by best match")
    String sortBestMatch();

    @Message("Sorted by best match.")
    String sortedBestMatch();

    @Message("Sort by nearest first")
    String sortNearest();

    @Message("Activities found: {count}")
    String foundCount(long count);

    @Message("Activities found within {miles} miles of {place}: {count}")
    String foundCountNear(long count, int miles, String place);

    @Message("There is no page {page} of these results")
    String noSuchPage(int page);

    @Message("Pages of results: {count}.")
    String pageCount(int count);

    @Message("Go to the first page of results")
    String firstPage();

    @Message("No activities match your search")
    String noResults();

    @Message("You could:")
    String youCould();

    @Message("check the spelling")
    String checkSpelling();

    @Message("use fewer or different words, like \"walking\" or \"art\"")
    String fewerWords();

    @Message("search a wider distance, like 10 miles")
    String widerDistance();

    @Message("search all types of activity")
    String allTypes();

    @Message("Other types of activity match your search:")
    String otherTypes();

    @Message("Map of these results")
    String mapOfResults();

    @Message("Results pages")
    String resultsPages();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Page {page} of {count}")
    String pageOf(int page, int count);

    @Message("More kinds of activity")
    String browseKinds();

    // Result cards and listing page
    @Message("Not taking new people")
    String notTakingNew();

    @Message("When")
    String when();

    @Message("Contact them for times")
    String contactForTimes();

    @Message("Where")
    String where();

    @Message("Cost")
    String cost();

    @Message("New people")
    String newPeople();

    @Message("Taking new people")
    String takingNew();

    @Message("Phone")
    String phone();

    @Message("Run by")
    String runBy();

    @Message("Last checked {date}")
    String lastChecked(String date);

    @Message("Add to list")
    String addToList();

    @Message("Remove from list")
    String removeFromList();

    @Message("Added to your list.")
    String added();

    @Message("View your list")
    String viewYourList();

    @Message("Removed from your list.")
    String removed();

    @Message("The group wrote the details of this activity themselves, in English. We have not translated them.")
    String providerTextNote();

    @Message("This information may be out of date")
    String mayBeOutOfDate();

    @Message("The group has not confirmed these details since {date}. Contact them before you go.")
    String notConfirmedSince(String date);

    @Message("This group is not taking new people at the moment. Contact them to ask about a waiting list.")
    String notTakingNewLong();

    @Message("Ask the group")
    String askTheGroup();

    @Message("How to join")
    String howToJoin();

    @Message("What happens")
    String whatHappens();

    @Message("When it runs")
    String whenItRuns();

    @Message("Next dates:")
    String nextDates();

    @Message("Where it happens")
    String whereItHappens();

    @Message("Ask the group for the address")
    String askForAddress();

    @Message("See this place on a map")
    String seeOnMap();

    @Message("Contact")
    String contact();

    @Message("Email")
    String email();

    @Message("Website")
    String website();

    @Message("No public contact details.")
    String noContact();

    @Message("Accessibility")
    String accessibility();

    @Message("Languages spoken")
    String languagesSpoken();

    @Message("Who runs it")
    String whoRunsIt();

    @Message("Visit their website")
    String visitWebsite();

    @Message("Call {number}")
    String call(String number);

    @Message("Share this activity")
    String share();

    @Message("Copy link")
    String copyLink();

    @Message("Link to this page:")
    String linkToPage();

    @Message("Email it to me")
    String emailToMe();

    @Message("(opens your email app; we do not see the address)")
    String emailNote();

    @Message("Listed under:")
    String listedUnder();

    @Message("More like this:")
    String moreLikeThis();

    @Message("Report a problem with this page")
    String reportProblem();

    @Message("Is this your group?")
    String isThisYours();

    @Message("Ask to manage this listing")
    String askToManage();

    @Message("Back")
    String back();

    // Urgent help
    @Message("If you need help now")
    String urgentHeading();

    @Message("Call or text now")
    String callOrTextNow();

    @Message("You do not have to cope on your own. You can call or text these services now.")
    String urgentIntro();

    @Message("Text {word} to {number}")
    String textTo(String word, String number);

    @Message("More ways to get help now")
    String moreWaysToGetHelp();

    @Message(
            "If you are thinking about ending your life, hurting yourself, or someone is hurting you, you can get help straight away. You do not need to search this directory first.")
    String helpNowLede();

    @Message("If you are not safe where you are")
    String notSafe();

    @Message(
            "Call 999. If you cannot talk, call 999 and then press 55 when asked. The call handler will know you need help.")
    String notSafeText();

    @Message("If you need to see a doctor")
    String seeADoctor();

    @Message("You can call your GP surgery and say it is urgent. Or go to")
    String seeADoctorText();

    @Message("111 online")
    String online111();

    @Message("Hiding that you visited this page")
    String hiding();

    @Message(
            "The \"Exit this page\" button takes you to the BBC weather page. It does not clear your browser history. To find out how, search for \"clear browser history\" with the name of your browser.")
    String hidingText();

    @Message("Exit this page")
    String exitThisPage();

    // About our translations
    @Message(
            "These pages are in English, Urdu, Polish, Arabic and Bengali. Here is who translated each language and whether a fluent speaker has checked it.")
    String translationsIntro();

    @Message("Language")
    String language();

    @Message("Who translated it")
    String whoTranslated();

    @Message("Found a wrong translation?")
    String wrongTranslation();

    @Message(
            "Please tell us. Use \"Report a problem with this page\" on any activity page, or contact us through the details on the About page. Say which page, which language and what is wrong.")
    String wrongTranslationText();

    @Message("Groups write their own activity details. We show them as the group wrote them. We do not translate them.")
    String providerTextPolicy();

    // Search filter choices
    @Message("Morning (before 12pm)")
    String morning();

    @Message("Afternoon (12pm to 5pm)")
    String afternoon();

    @Message("Evening (after 5pm)")
    String evening();

    @Message("In person")
    String inPerson();

    @Message("Online")
    String online();

    @Message("At home or by phone")
    String atHome();

    @Message("Leave this page quickly. With a keyboard, press Shift 3 times.")
    String exitHint();

    @Message("Back to your search results")
    String backToResults();

    // Your list and the printed sheet
    @Message("Your list is full. It can hold 20 activities. Remove one to add another.")
    String listFull();

    @Message(
            "Put the activities in the order you want them on the sheet. Then make a sheet to print, email or send by text.")
    String listOrder();

    @Message("Send this list")
    String sendThisList();

    @Message("This activity is no longer in the directory. It will not be on the sheet.")
    String noLongerListed();

    @Message("Move up")
    String moveUp();

    @Message("Move down")
    String moveDown();

    @Message("Remove")
    String remove();

    @Message("Your list is empty.")
    String listEmpty();

    @Message(
            "Find activities, then press \"Add to list\" on the ones that suit the person you are helping. You do not need to sign in.")
    String listHowTo();

    @Message(
            "Your list is kept on this device for 30 days. We do not store anything about you or the person you are helping.")
    String listKept();

    @Message("Run by {name}")
    String runByName(String name);

    @Message("Activities for you")
    String activitiesForYou();

    @Message("Back to your list")
    String backToList();

    @Message("Suggested on {date}")
    String suggestedOn(String date);

    @Message("Suggested by {practice} on {date}")
    String suggestedBy(String practice, String date);

    @Message("There is nothing on your list yet.")
    String sheetEmpty();

    @Message(
            "Here are some local activities that could help you. You can just try one. If you are not sure, phone them first.")
    String sheetIntro();

    @Message("QR code for the web page of {name}")
    String qrFor(String name);

    @Message("They are not taking new people at the moment. Ask them about a waiting list.")
    String sheetNotTaking();

    @Message("These details may be out of date. Contact them before you go.")
    String sheetOutOfDate();

    @Message("More details:")
    String moreDetails();

    @Message("Print or send this sheet")
    String printOrSend();

    @Message("To print, use your browser's print option. The sheet fits A4 paper.")
    String printHint();

    @Message("Print this sheet")
    String printSheet();

    @Message("Important:")
    String importantPrefix();

    // What the sheet page says after sending, and its forms
    @Message("The sheet is on its way by email.")
    String sheetSentByEmail();

    @Message("We keep the email address only until the email has gone, then delete it.")
    String sheetEmailKept();

    @Message("The sheet was sent by text message.")
    String sheetSentByText();

    @Message("We have not kept the number.")
    String sheetNumberNotKept();

    @Message("The text message was not sent")
    String sheetTextNotSent();

    @Message("Sending text messages is not switched on in this directory, so nobody received it.")
    String sheetTextSwitchedOff();

    @Message("See the message that would have been sent")
    String sheetSeeUnsent();

    @Message("Change the sheet")
    String sheetChange();

    @Message("Your practice or service name (optional)")
    String sheetPracticeLabel();

    @Message("Shown at the top of the sheet, like \"Suggested by Clayton Medical Centre\"")
    String sheetPracticeHint();

    @Message("Large print")
    String sheetLargePrint();

    @Message("Update the sheet")
    String sheetUpdate();

    @Message("We do not keep the email address or phone number")
    String sheetNotKept();

    @Message("The email address or mobile number is used once to send this sheet, then forgotten.")
    String sheetUsedOnce();

    @Message("Send by email")
    String sheetSendByEmail();

    @Message("Email address to send it to")
    String sheetEmailLabel();

    @Message("We use it once, to send this sheet")
    String sheetEmailHint();

    @Message("Send by text message")
    String sheetSendByText();

    @Message("UK mobile number to send it to")
    String sheetMobileLabel();

    @Message("For example, 07700 900 982")
    String sheetMobileHint();

    // Problems sending the sheet
    @Message("Enter the email address to send it to")
    String errSheetEmailMissing();

    @Message("Enter an email address in the correct format, like name@example.com")
    String errSheetEmail();

    @Message("Enter the mobile number to send it to")
    String errSheetMobileMissing();

    @Message("Enter a UK mobile number, like 07700 900 982")
    String errSheetMobile();

    @Message("You have sent a lot of sheets in the last hour. Wait a while, or print the sheet instead")
    String errSheetTooMany();

    @Message("The text message could not be sent. Try again, or print the sheet instead")
    String errSheetTextFailed();

    // The sheet sent by email (and text message), in the language of the page it was sent from
    @Message("Activities suggested for you")
    String suggestedForYou();

    @Message("Activities suggested for you by {practice}")
    String suggestedForYouBy(String practice);

    @Message("Hello,")
    String mailHello();

    @Message("Here are the activities we talked about on {date}. You do not need to do anything you do not want to.")
    String mailSheetIntro(String date);

    @Message("{practice} suggested these activities on {date}. You do not need to do anything you do not want to.")
    String mailSheetIntroBy(String practice, String date);

    @Message("If something has changed, the web page for each activity has the latest details.")
    String mailSheetLatest();

    // Errors
    @Message("There is a problem")
    String thereIsAProblem();

    @Message("What you are looking for must be 200 characters or fewer")
    String errText();

    @Message("Enter a real postcode, like M11 3FF, the first part, like M11, or a place, like Gorton")
    String errPlace();

    @Message("We could not find that postcode. Check it, or try the first part only, like M11")
    String errPlaceNotFound();

    @Message("Choose a distance of 1, 3, 5 or 10 miles")
    String errRadius();

    @Message("Enter an age between 0 and 120")
    String errAge();

    @Message("Enter a page number of 1 or more")
    String errPage();

    @Message("Choose from the list")
    String errChoose();

    @Message("Page not found")
    String pageNotFound();

    @Message("If you typed the web address, check it is correct. If you pasted it, check you copied all of it.")
    String checkAddress();

    @Message("The activity you are looking for may have closed or been removed.")
    String mayHaveClosed();

    @Message("Search for other activities")
    String searchOther();

    @Message("Machine-drafted by the development team. Not yet reviewed by a fluent speaker.")
    String machineDrafted();

    @Message("The original. Written by the directory team.")
    String original();

    @Message("In its own words")
    String inItsOwnWords();

    // When sessions run, built from the provider's pattern (English is written by ScheduleText; these are
    // the words other languages need, in a form that avoids plural and gender agreement).
    @Message("Every week")
    String sessionWeekly();

    @Message("Every other week")
    String sessionFortnightly();

    @Message("Every {weeks} weeks")
    String sessionEveryWeeks(int weeks);

    @Message("Every month")
    String sessionMonthly();

    @Message("Every {months} months")
    String sessionEveryMonths(int months);

    @Message("Day {day} of the month")
    String sessionMonthDay(int day);

    @Message("{day} number {nth} of the month")
    String sessionMonthWeek(int nth, String day);

    @Message("The last {day} of the month")
    String sessionMonthLast(String day);

    @Message("On set dates")
    String sessionOnDates();

    @Message("Next: {when}")
    String sessionNext(String when);

    @Message("By appointment")
    String sessionByAppointment();

    @Message("term time only")
    String sessionTermTime();

    @Message("not on bank holidays")
    String sessionNoBankHolidays();

    @Message("Add these sessions to your calendar")
    String addToCalendar();

    // Cost and how to join, as the provider chose them
    @Message("Free")
    String costFree();

    @Message("Low cost")
    String costLowCost();

    @Message("Paid")
    String costPaid();

    @Message("Just turn up")
    String joinTurnUp();

    @Message("Book a place first")
    String joinBook();

    @Message("Ask a health worker to refer you")
    String joinReferral();

    // Ages
    @Message("All ages")
    String agesAll();

    @Message("Aged {min} and over")
    String agesFrom(int min);

    @Message("Aged up to {max}")
    String agesUpTo(int max);

    @Message("Aged {min} to {max}")
    String agesBetween(int min, int max);

    // Who runs it, and where (as the provider chose)
    @Message("Charity")
    String orgCharity();

    @Message("Community group")
    String orgCommunityGroup();

    @Message("Social enterprise")
    String orgSocialEnterprise();

    @Message("Business")
    String orgBusiness();

    @Message("Public sector")
    String orgPublicSector();

    @Message("In person")
    String venueInPerson();

    @Message("Online")
    String venueOnline();

    @Message("At your home or by phone")
    String venueAtHome();

    @Message("Near {postcode}. Ask the group for the address")
    String venueNear(String postcode);

    // Error pages, and the page for a refused form
    @Message("Sorry, we could not understand that request")
    String badRequestTitle();

    @Message("Go to the home page")
    String goHome();

    @Message("Sorry, there is a problem with this service")
    String serverErrorTitle();

    @Message("Try again later.")
    String tryLater();

    @Message("Anything you entered has not been lost if you saw a confirmation. If you did not, please try again.")
    String notLostIfConfirmed();

    @Message("If this keeps happening, tell us and quote this reference:")
    String quoteReference();

    @Message("Sorry, the directory is not working right now")
    String unavailableTitle();

    @Message("Try again in a few minutes.")
    String tryInMinutes();

    @Message(
            "If you sent us something and did not see a confirmation, it has not been saved. Please send it again later.")
    String notSavedSendLater();

    @Message("If you need help now,")
    String needHelpNow();

    @Message("see who to call")
    String seeWhoToCall();

    @Message("Check what you entered and try again.")
    String errCheckEntered();

    @Message("That request is not allowed.")
    String errNotAllowed();

    @Message("We could not read the form you sent. Go back, refresh the page and try again.")
    String errUnreadableForm();

    @Message("What you sent contains characters we cannot accept. Remove them and try again.")
    String errControlCharacters();

    @Message("Sorry, we could not send that form")
    String csrfTitle();

    @Message(
            "Nothing has been saved. This can happen when a page has been open for a long time, or when your browser blocks cookies.")
    String csrfNothingSaved();

    @Message("Go back to the page")
    String csrfGoBack();

    @Message(", refresh it, and send the form again.")
    String csrfRefreshAndSend();

    @Message("What you typed")
    String csrfWhatYouTyped();

    @Message("So you do not have to remember it, here is what you typed. You can copy it into the form again.")
    String csrfCopyBack();
}
