package org.claimtrack.gateway.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the web UI's pages, in English (the default locale); {@code messages/msg_es.properties} has the Spanish, and
 * a new language is one more {@code msg_<tag>.properties} plus its tag in {@code quarkus.locales} (docs/ui.md,
 * "Languages"). Templates write {@code {msg:key}} or {@code {msg:key(arg)}}; {@link UiFormat} reads the enum words and
 * date patterns here for the page's locale. Keys are grouped by page, prefixed with it; data (claim texts, quotes,
 * names, status codes in URLs) is never a message. The forms have a bundle of their own, {@link FormMessages}: a bundle
 * must stay under 300 messages (see there).
 */
@MessageBundle
public interface UiMessages {

    // ---- dates: java.time patterns, so each language writes its months its own way

    @Message("d MMM yyyy")
    String datePattern();

    @Message("d MMM yyyy, HH:mm 'UTC'")
    String dateTimePattern();

    // ---- layout: header, navigation, language switch, degraded banner, footer

    @Message("Skip to content")
    String layout_skip();

    @Message("Main")
    String layout_nav();

    @Message("Claims")
    String nav_claims();

    @Message("New claim")
    String nav_newClaim();

    @Message("Sources")
    String nav_sources();

    @Message("Parties")
    String nav_parties();

    @Message("Documents")
    String nav_documents();

    @Message("Import")
    String nav_import();

    @Message("API")
    String nav_api();

    @Message("Users")
    String nav_users();

    @Message("Sign out")
    String layout_signOut();

    @Message("Sign in")
    String layout_signIn();

    @Message("Language")
    String layout_language();

    @Message("Some data is unavailable.")
    String layout_degradedTitle();

    @Message("{services} could not be reached, so this page shows what the other services know; missing parts are left out, never guessed. Try again in a moment.")
    String layout_degraded(String services);

    @Message("Claimtrack records who asserted or denied what, where and when, in their exact words. Times are shown in UTC.")
    String layout_footer();

    // ---- shared words and tags

    @Message("Nothing was saved.")
    String form_nothingSaved();

    @Message("Correct the fields marked below and send the form again.")
    String form_correct();

    @Message("Open the one already on record.")
    String form_openExisting();

    @Message("Save changes")
    String form_save();

    @Message("Cancel")
    String form_cancel();

    @Message("Reason")
    String form_reason();

    @Message("Search")
    String form_search();

    @Message("Language")
    String field_language();

    @Message("(e.g. en)")
    String field_languageHint();

    @Message("Pages")
    String pager_label();

    @Message("Page {number} of {count}")
    String pager_pageOf(int number, int count);

    @Message("Previous page")
    String pager_previous();

    @Message("Next page")
    String pager_next();

    @Message("none")
    String common_none();

    @Message("independent")
    String common_independent();

    @Message("Choose a party")
    String common_chooseParty();

    @Message("Publisher")
    String common_publisher();

    @Message("Not recorded")
    String common_notRecorded();

    @Message("Published at (UTC)")
    String common_publishedAtUtc();

    @Message("Delete…")
    String common_delete();

    @Message("Back to the claims")
    String common_backToClaims();

    @Message("Not available while the claims-service is unreachable.")
    String common_claimsUnavailable();

    @Message("Nothing recorded yet.")
    String common_nothingRecorded();

    @Message("version {version}")
    String common_version(long version);

    @Message("(no longer counts)")
    String common_noLongerCounts();

    @Message("According to")
    String common_accordingTo();

    @Message("(no verbatim words on record)")
    String common_noVerbatim();

    @Message("A source")
    String common_aSource();

    // ---- enum words, as the pages show them (the values themselves stay in URLs and data attributes)

    @Message("Unsourced")
    String status_UNSOURCED();

    @Message("Single party")
    String status_SINGLE_PARTY();

    @Message("Corroborated")
    String status_CORROBORATED();

    @Message("Disputed")
    String status_DISPUTED();

    @Message("Denied")
    String status_DENIED();

    @Message("Verified")
    String status_VERIFIED();

    @Message("Misleading")
    String status_MISLEADING();

    @Message("False")
    String status_FALSE();

    @Message("Unverifiable")
    String status_UNVERIFIABLE();

    @Message("Asserts")
    String stance_ASSERTS();

    @Message("Denies")
    String stance_DENIES();

    @Message("Questions")
    String stance_QUESTIONS();

    @Message("Reports")
    String stance_REPORTS();

    @Message("Person")
    String kind_PERSON();

    @Message("Government")
    String kind_GOVERNMENT();

    @Message("Organization")
    String kind_ORGANIZATION();

    @Message("Media outlet")
    String kind_MEDIA_OUTLET();

    @Message("Intergovernmental")
    String kind_INTERGOVERNMENTAL();

    @Message("Group")
    String kind_GROUP();

    @Message("New")
    String work_NEW();

    @Message("In progress")
    String work_IN_PROGRESS();

    @Message("In review")
    String work_IN_REVIEW();

    @Message("Published")
    String work_PUBLISHED();

    @Message("Archived")
    String work_ARCHIVED();

    @Message("True")
    String rating_TRUE();

    @Message("Mostly true")
    String rating_MOSTLY_TRUE();

    @Message("Mixed")
    String rating_MIXED();

    @Message("Mostly false")
    String rating_MOSTLY_FALSE();

    @Message("False")
    String rating_FALSE();

    @Message("Unverifiable")
    String rating_UNVERIFIABLE();

    @Message("Completely reliable")
    String reliability_A();

    @Message("Usually reliable")
    String reliability_B();

    @Message("Fairly reliable")
    String reliability_C();

    @Message("Not usually reliable")
    String reliability_D();

    @Message("Unreliable")
    String reliability_E();

    @Message("Reliability cannot be judged")
    String reliability_F();

    @Message("Not known")
    String credibility_unknown();

    @Message("Confirmed by other sources")
    String credibility_1();

    @Message("Probably true")
    String credibility_2();

    @Message("Possibly true")
    String credibility_3();

    @Message("Doubtful")
    String credibility_4();

    @Message("Improbable")
    String credibility_5();

    @Message("Truth cannot be judged")
    String credibility_6();

    @Message("claims-service")
    String service_CLAIMS();

    @Message("sources-service")
    String service_SOURCES();

    @Message("claims-service's similar-claims search")
    String service_SIMILAR();

    // ---- stance and timeline tags

    @Message("on")
    String common_on();

    @Message("(after this moment)")
    String common_afterThisMoment();

    @Message("reliability")
    String stance_reliability();

    @Message("Retracted")
    String stance_retracted();

    @Message("the document")
    String stance_theDocument();

    @Message("original")
    String stance_original();

    @Message("Retracted later, on")
    String stance_retractedLater();

    @Message("Retract…")
    String stance_retract();

    @Message("Delete (recorded by mistake)…")
    String stance_delete();

    @Message("On superseded text: quoted from version {version}")
    String superseded_fromVersion(Integer version);

    @Message("On superseded text: quoted from the text archived before versions were kept")
    String superseded_fromOld();

    @Message("the passage is no longer in version {current}, the current text.")
    String superseded_noLonger(Integer current);

    @Message("Still counted.")
    String superseded_stillCounted();

    @Message("Read version {version}")
    String superseded_readVersion(Object version);

    @Message("the current version")
    String superseded_currentVersion();

    @Message("by {actor}")
    String timeline_by(String actor);

    @Message("The note")
    String timeline_note();

    @Message("The claim as of then")
    String timeline_asOfThen();

    // ---- claims list

    @Message("Claims matching your filters")
    String claims_titleFiltered();

    @Message("Search claims")
    String claims_searchLabel();

    @Message("Search claim text")
    String claims_searchText();

    @Message("e.g. 100,000 soldiers")
    String claims_searchExample();

    @Message("Status")
    String claims_status();

    @Message("Any status")
    String claims_anyStatus();

    @Message("Party")
    String claims_party();

    @Message("e.g. Russia")
    String claims_partyExample();

    @Message("Tag")
    String claims_tag();

    @Message("Topic")
    String claims_topic();

    @Message("e.g. en")
    String claims_languageExample();

    @Message("Desk")
    String claims_desk();

    @Message("Assigned to me")
    String claims_assignedToMe();

    @Message("Overdue")
    String claims_overdue();

    @Message("Clear filters")
    String claims_clearFilters();

    @Message("Claims by status")
    String claims_byStatus();

    @Message("All")
    String claims_all();

    @Message("{total} claim{#if total != 1}s{/if}.")
    String claims_count(long total);

    @Message("{total} claim{#if total != 1}s{/if} match{#if total == 1}es{/if} your filters.")
    String claims_countFiltered(long total);

    @Message("No claim matches. Try fewer words or clear a filter.")
    String claims_noMatch();

    @Message("Claims, most recently updated first")
    String claims_caption();

    @Message("Claim")
    String claims_claim();

    @Message("Credibility")
    String claims_credibility();

    @Message("Asserting")
    String claims_asserting();

    @Message("Denying")
    String claims_denying();

    @Message("Updated")
    String claims_updated();

    @Message("The claims-service cannot be reached, so no claim can be listed right now. Try again in a moment.")
    String claims_unavailable();

    // ---- claim page (dossier)

    @Message("Add stance")
    String dossier_addStance();

    @Message("Add verdict")
    String dossier_addVerdict();

    @Message("Edit claim")
    String dossier_editClaim();

    @Message("Sign in to edit")
    String dossier_signInToEdit();

    @Message("Event:")
    String dossier_event();

    @Message("Recorded")
    String dossier_recorded();

    @Message("updated")
    String dossier_updated();

    @Message("Verification status")
    String dossier_status();

    @Message("As of (UTC)")
    String dossier_asOf();

    @Message("Show")
    String dossier_show();

    @Message("Now")
    String dossier_now();

    @Message("The whole page as of then: only statements and verdicts made by then are shown and count.")
    String dossier_asOfHint();

    @Message("Not a date and time; showing the status now.")
    String dossier_asOfInvalid();

    @Message("Shown as of")
    String dossier_shownAsOf();

    @Message("{#if stances > 0}{stances} stance{#if stances != 1}s{/if}{/if}{#if stances > 0 && verdicts > 0} and {/if}{#if verdicts > 0}{verdicts} verdict{#if verdicts != 1}s{/if}{/if} made after this moment {#if (stances == 1 && verdicts == 0) || (stances == 0 && verdicts == 1)}is{#else}are{/if} left out.")
    String dossier_leftOut(int stances, int verdicts);

    @Message("{#if added == 0}{retracted} stance{#if retracted != 1}s{/if} retracted{#else}{added} stance{#if added != 1}s{/if} added{#if retracted != 0} and {retracted} retracted{/if}{/if} since the verdict of {date}: the verdict may be out of date.")
    String dossier_staleVerdict(int added, int retracted, String date);

    @Message("History: why the status is what it is")
    String dossier_historyLink();

    @Message("ClaimReview (schema.org JSON-LD)")
    String dossier_claimReviewLink();

    @Message("{count} stance{#if count != 1}s stand{#else} stands{/if} on superseded text: the document was edited after the quote and its current version no longer holds the passage. Still counted, flagged below.")
    String dossier_supersededSummary(int count);

    @Message("How each source's party was decided")
    String chains_heading();

    @Message("A source speaks for the party of the highest source it is a member of that has one, and a party belongs to its parent parties: the last party of each chain is the one its independence is judged by.")
    String chains_hint();

    @Message("No source takes a position here.")
    String chains_none();

    @Message("{#when position}{#is ASSERTS}asserts{#is DENIES}denies{#is QUESTIONS}questions{#is REPORTS}reports{/when} it, counted for")
    String chains_position(org.claimtrack.gateway.model.StanceType position);

    @Message("itself (independent)")
    String chains_itself();

    @Message("How the party of {source} was decided")
    String chains_listLabel(String source);

    @Message("the source")
    String chains_SOURCE();

    @Message("is a member of")
    String chains_MEMBER_OF();

    @Message("speaks for the party")
    String chains_PARTY();

    @Message("which belongs to")
    String chains_PARENT();

    @Message("No source in its memberOf chain has a party: it is its own party.")
    String chains_ownParty();

    @Message("unknown now: the sources-service did not answer.")
    String chains_unknown();

    @Message("Hide how each source's party was decided")
    String chains_hide();

    @Message("Show how each source's party was decided")
    String chains_show();

    @Message("Evidence")
    String dossier_evidence();

    @Message("No source has taken a position on this claim yet.")
    String dossier_noEvidence();

    @Message("Add the first stance.")
    String dossier_addFirstStance();

    @Message("Nobody {#when type}{#is ASSERTS}asserts{#is DENIES}denies{#is QUESTIONS}questions{#is REPORTS}reports{/when} it.")
    String dossier_nobody(org.claimtrack.gateway.model.StanceType type);

    @Message("Verdict history")
    String dossier_verdicts();

    @Message("No verdict yet: the status comes from the evidence alone.")
    String dossier_noVerdict();

    @Message("(counts)")
    String dossier_counts();

    @Message("published")
    String dossier_published();

    @Message("recorded")
    String dossier_recordedHere();

    @Message("the review")
    String dossier_theReview();

    @Message("Withdrawn")
    String dossier_withdrawn();

    @Message("Withdrawn later, on")
    String dossier_withdrawnLater();

    @Message("Withdraw…")
    String dossier_withdraw();

    @Message("Similar claims")
    String dossier_similar();

    @Message("No similar claim on record.")
    String dossier_noSimilar();

    // ---- claim page: status, desk, activity; history page

    @Message("as of")
    String status_asOf();

    @Message("now")
    String status_now();

    @Message("Latest verdict:")
    String status_latestVerdict();

    @Message("Questioning")
    String status_questioning();

    @Message("Rules version")
    String status_rulesVersion();

    @Message("The status cannot be computed right now: the claims-service is unreachable.")
    String status_unavailable();

    @Message("Assign or change…")
    String desk_change();

    @Message("assigned to")
    String desk_assignedTo();

    @Message("nobody assigned")
    String desk_nobodyAssigned();

    @Message("due")
    String desk_due();

    @Message("last moved by {who}")
    String desk_lastMovedBy(String who);

    @Message("The desk's progress, separate from the verification status above: new, in progress, in review, then published by a reviewer (or archived).")
    String desk_hint();

    @Message("Move to {status}")
    String desk_moveTo(String status);

    @Message("Publish")
    String desk_publish();

    @Message("Notes")
    String desk_notes();

    @Message("(internal: only signed-in editors see them; never published or exported)")
    String desk_notesHint();

    @Message("No note yet.")
    String desk_noNote();

    @Message("edited by {who}")
    String desk_editedBy(String who);

    @Message("({count} texts)")
    String desk_texts(int count);

    @Message("Edit")
    String desk_edit();

    @Message("Edit or read the earlier texts")
    String desk_editOrRead();

    @Message("New note")
    String desk_newNote();

    @Message("Add note")
    String desk_addNote();

    @Message("Activity")
    String activity_heading();

    @Message("The activity cannot be read just now.")
    String activity_unavailable();

    @Message("The full history")
    String activity_fullHistory();

    @Message("History: {claim}")
    String history_title(String claim);

    @Message("Back to the claim")
    String history_back();

    @Message("History of the claim")
    String history_heading();

    @Message("Everything recorded about this claim, newest first: stances and verdicts added or taken back, and every change of its status with the reason, such as a party merge that made two sources one party, and the desk's work on it: work status, assignment, notes.")
    String history_hint();

    // ---- source, source list, documents, document, text version

    @Message("Source")
    String source_label();

    @Message("Edit source")
    String source_edit();

    @Message("Record")
    String source_record();

    @Message("Kind")
    String source_kind();

    @Message("Affiliation")
    String source_affiliation();

    @Message("Reliability")
    String source_reliability();

    @Message("Country")
    String source_country();

    @Message("Web")
    String source_web();

    @Message("Member of")
    String source_memberOf();

    @Message("Track record")
    String source_track();

    @Message("No stance on record yet.")
    String source_noStanceYet();

    @Message("{total} claim{#if total != 1}s{/if}:")
    String source_trackClaims(long total);

    @Message("By the claims' current status.")
    String source_trackHint();

    @Message("Stances")
    String source_stances();

    @Message("None yet.")
    String source_noneYet();

    @Message("in the document")
    String source_inDocument();

    @Message("Pages of stances")
    String source_stancePages();

    @Message("New source")
    String sources_new();

    @Message("Search sources")
    String sources_search();

    @Message("Name")
    String sources_name();

    @Message("Sources by name")
    String sources_caption();

    @Message("New document")
    String documents_new();

    @Message("Archive a web page")
    String documents_archive();

    @Message("Search documents")
    String documents_search();

    @Message("Title")
    String documents_title();

    @Message("Documents, newest first")
    String documents_caption();

    @Message("Published")
    String documents_published();

    @Message("Document")
    String document_label();

    @Message("Quote it")
    String document_quoteIt();

    @Message("Edit document")
    String document_edit();

    @Message("Propose claims from this text")
    String document_propose();

    @Message("not recorded")
    String document_notRecorded();

    @Message("unknown")
    String document_unknown();

    @Message("Original")
    String document_original();

    @Message("Text version")
    String document_textVersion();

    @Message("earlier versions")
    String document_earlierVersions();

    @Message("Archived text")
    String document_archivedText();

    @Message("{count} quoted passage{#if count != 1}s are{#else} is{/if} highlighted; each links to its claim.")
    String document_highlighted(int count);

    @Message("(and {count} more)")
    String document_andMore(int count);

    @Message("No archived text.")
    String document_noText();

    @Message("Quoted by")
    String document_quotedBy();

    @Message("No stance quotes this document yet.")
    String document_noQuotes();

    @Message(", who cites this document (no verbatim words on record).")
    String document_citesIt();

    @Message("This quote was not found in the archived text.")
    String document_quoteNotFound();

    @Message("This quote could not be located just now; reload the page to try again.")
    String document_quoteNotLocated();

    @Message("text version {number}")
    String version_title(int number);

    @Message("Archived text, version {number} of {count}")
    String version_of(int number, int count);

    @Message("superseded")
    String version_superseded();

    @Message("current")
    String version_current();

    @Message("The document (current text)")
    String version_document();

    @Message("Archived")
    String version_archived();

    @Message("Fetched")
    String version_fetched();

    @Message("from")
    String version_from();

    @Message("Why")
    String version_why();

    @Message("Versions")
    String version_versions();

    @Message("Text of version {number}")
    String version_text(int number);

    // ---- error pages

    @Message("Temporarily unavailable")
    String error_unavailable();

    @Message("The {service} cannot be reached right now, so this page cannot be shown. Try again in a moment.")
    String error_unavailableText(String service);

    @Message("Something went wrong")
    String error_failed();

    @Message("This page could not be built. The error has been logged.")
    String error_failedText();

    @Message("{what} not found")
    String error_notFound(String what);

    @Message("There is no {what} at this address. It may have been deleted, or the link is mistyped.")
    String error_notFoundText(String what);

    // ---- app.js: the counters' sentences (numbers as $1, $2, $3)

    @Message("$1 of $2 characters")
    String js_count();

    @Message("$1 of at most $2 characters: $3 too many.")
    String js_over();

    @Message("Your paste was cut: $1 characters did not fit (at most $2).")
    String js_cut();

    @Message("Your paste was cut: $1 character did not fit (at most $2).")
    String js_cutOne();
}
