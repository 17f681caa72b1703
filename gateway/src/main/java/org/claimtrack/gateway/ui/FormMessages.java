package org.claimtrack.gateway.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the UI's forms, sign-in, import and admin pages ({@code {forms:key}}), in English; Spanish in
 * {@code messages/forms_es.properties}. A bundle of its own because Quarkus 3.33 cannot load a message bundle of more
 * than 300 messages (its generated resolver is split and fails to verify): {@link UiMessages} has the rest, and
 * {@code UiMessagesTest} keeps each bundle under that size.
 */
@MessageBundle("forms")
public interface FormMessages {

    // ---- parties, similar claims, source picker, sign-in, denied, import

    @Message("A party is whose side a source speaks for. Sources of the same root party are never independent of each other.")
    String parties_intro();

    @Message("Merged into {party}.")
    String parties_merged(String party);

    @Message("Search parties")
    String parties_search();

    @Message("Name or alias")
    String parties_nameOrAlias();

    @Message("Parties by name")
    String parties_caption();

    @Message("Aliases")
    String parties_aliases();

    @Message("External id")
    String parties_externalId();

    @Message("Merge two parties")
    String parties_mergeHeading();

    @Message("The first party's name and aliases become aliases of the second; its sources move there, and every claim they are cited on is recomputed (its history names the merge).")
    String parties_mergeHint();

    @Message("Merge away")
    String parties_mergeAway();

    @Message("Into")
    String parties_into();

    @Message("Merge")
    String parties_merge();

    @Message("No party matches.")
    String parties_noMatch();

    @Message("Similar claims exist.")
    String similar_exist();

    @Message("Check that yours is not already on record:")
    String similar_check();

    @Message("No source matches")
    String sourceOptions_none();

    @Message("Choose a source")
    String sourceOptions_choose();

    @Message("Sign-in failed: wrong user name or password. After {attempts} failed attempts in a row a user name is locked for {seconds} seconds.")
    String login_failed(int attempts, long seconds);

    @Message("You are signed out.")
    String login_signedOut();

    @Message("Sign in to continue to the page you asked for.")
    String login_next();

    @Message("Reading needs no account. Editors add and change claims, sources, documents and stances; reviewers also add verdicts; admins also delete and manage users.")
    String login_roles();

    @Message("User name")
    String login_user();

    @Message("Password")
    String login_password();

    @Message("Sign in with your organisation's account")
    String login_sso();

    @Message("(single sign-on)")
    String login_ssoHint();

    @Message("First start: the password of the user")
    String login_firstStart();

    @Message("is in the file")
    String login_firstStartFile();

    @Message("in the data directory (and was printed once in the gateway's log).")
    String login_firstStartWhere();

    @Message("Not allowed")
    String denied_title();

    @Message("Ask an admin for the role, or")
    String denied_askAdmin();

    @Message("sign in")
    String denied_signIn();

    @Message("as someone who has it.")
    String denied_someone();

    @Message("Upload a Claimtrack bundle or a feed of schema.org ClaimReview objects")
    String import_intro();

    @Message("Importing is idempotent: what is already on record is reported unchanged, never duplicated.")
    String import_idempotent();

    @Message("Problems in the upload")
    String import_problems();

    @Message("Bundle or feed (JSON, up to 50 MB)")
    String import_file();

    @Message("Start import")
    String import_start();

    @Message("New import")
    String import_new();

    @Message("Import of {file}")
    String import_of(String file);

    @Message("{#when status}{#is QUEUED}Queued{#is RUNNING}Running{#is SUCCEEDED}Succeeded{#is COMPLETED_WITH_ERRORS}Completed with errors{#is FAILED}Failed{/when}")
    String import_status(org.claimtrack.gateway.imports.ImportJob.Status status);

    @Message("{done} of {total} items processed ({percent}%)")
    String import_processed(long done, long total, int percent);

    @Message("Created")
    String import_created();

    @Message("Unchanged")
    String import_unchanged();

    @Message("Failed")
    String import_failed();

    @Message("Started")
    String import_started();

    @Message("waiting")
    String import_waiting();

    @Message("Finished")
    String import_finished();

    @Message("Items that failed ({count})")
    String import_failedItems(long count);

    @Message("The first {count} are listed.")
    String import_firstListed(int count);

    // ---- claim, source, document, verdict, stance, retract and withdraw forms

    @Message("(optional)")
    String form_optional();

    @Message("Back to the dossier")
    String form_backToDossier();

    @Message("Create claim")
    String claimForm_create();

    @Message("(one checkable sentence, 10–1,000 characters)")
    String claimForm_textHint();

    @Message("Headline")
    String claimForm_headline();

    @Message("Tags")
    String claimForm_tags();

    @Message("(separated by commas)")
    String claimForm_tagsHint();

    @Message("Event time (UTC)")
    String claimForm_eventTime();

    @Message("(when the claimed event is said to happen)")
    String claimForm_eventTimeHint();

    @Message("Create source")
    String sourceForm_create();

    @Message("Edit {name}")
    String sourceForm_editName(String name);

    @Message("Choose a kind")
    String sourceForm_chooseKind();

    @Message("Reliability (Admiralty grade)")
    String sourceForm_reliability();

    @Message("(the party it speaks for; empty if independent)")
    String sourceForm_affiliationHint();

    @Message("No party is called “{party}”. Did you mean:")
    String sourceForm_noSuchParty(String party);

    @Message("No: create the new party “{party}”")
    String sourceForm_newParty(String party);

    @Message("(two letters, e.g. UA)")
    String sourceForm_countryHint();

    @Message("Not a member of another source")
    String sourceForm_noParent();

    @Message("Web address")
    String sourceForm_url();

    @Message("Description")
    String sourceForm_description();

    @Message("Create document")
    String documentForm_create();

    @Message("Web address of the original")
    String documentForm_url();

    @Message("(the full text as published; quotes are checked against it)")
    String documentForm_textHint();

    @Message("Why the text changed")
    String documentForm_reason();

    @Message("(optional; a changed text is kept as a new version, the earlier one stays readable)")
    String documentForm_reasonHint();

    @Message("Add a verdict")
    String verdictForm_heading();

    @Message("Verdicts are never overwritten: this one joins the history and, as the latest, sets the status.")
    String verdictForm_intro();

    @Message("Rating")
    String verdictForm_rating();

    @Message("Explanation")
    String verdictForm_explanation();

    @Message("(what the evidence shows and why)")
    String verdictForm_explanationHint();

    @Message("Signed by")
    String verdictForm_signedBy();

    @Message("(you, signed in).")
    String verdictForm_you();

    @Message("On behalf of")
    String verdictForm_onBehalfOf();

    @Message("(optional: the person or desk you record it for)")
    String verdictForm_onBehalfOfHint();

    @Message("Add a stance")
    String stanceForm_heading();

    @Message("Who takes this position")
    String stanceForm_who();

    @Message("Not listed?")
    String stanceForm_notListed();

    @Message("Create the source")
    String stanceForm_createSource();

    @Message("(opens a new tab), then search again.")
    String stanceForm_newTab();

    @Message("Stance")
    String stanceForm_stance();

    @Message("Asserts and denies count as evidence; questions doubts without denying; reports relays without endorsing.")
    String stanceForm_stanceHint();

    @Message("Exact quote")
    String stanceForm_quote();

    @Message("(copied verbatim from the document)")
    String stanceForm_quoteHint();

    @Message("Closest passage in the document ({similarity} similar):")
    String stanceForm_closest(String similarity);

    @Message("(where it was said; the quote is checked against its archived text)")
    String stanceForm_documentHint();

    @Message("No document")
    String stanceForm_noDocument();

    @Message("Stated at (UTC)")
    String stanceForm_statedAt();

    @Message("Retract stance")
    String retractForm_button();

    @Message("Retract a stance")
    String retractForm_heading();

    @Message("Unknown source")
    String retractForm_unknownSource();

    @Message("Nothing is deleted: the stance stays on record, marked retracted. It counts before the time you give and no longer from then on; the history records who retracted it, when and why. A retraction cannot be changed afterwards.")
    String retractForm_intro();

    @Message("Retracted at (UTC)")
    String retractForm_at();

    @Message("when the source took it back; not before it was stated")
    String retractForm_atHint();

    @Message("Already retracted on")
    String retractForm_already();

    @Message("Withdraw verdict")
    String withdrawForm_button();

    @Message("Withdraw a verdict")
    String withdrawForm_heading();

    @Message("Nothing is deleted: the verdict stays in the verdict history, marked withdrawn. It counts before the time you give and no longer from then on, when the latest published verdict not withdrawn (or, if none, the evidence) decides. A withdrawal cannot be changed afterwards.")
    String withdrawForm_intro();

    @Message("Withdrawn at (UTC)")
    String withdrawForm_at();

    @Message("not before the verdict was published")
    String withdrawForm_atHint();

    @Message("Already withdrawn on")
    String withdrawForm_already();

    // ---- conflict, delete, archive by URL, quote, note and workflow pages

    @Message("Edit conflict")
    String conflict_title();

    @Message("Someone else changed this {kind} meanwhile")
    String conflict_heading(String kind);

    @Message("Your changes were not saved.")
    String conflict_notSaved();

    @Message("The {kind} is now at version {current}; you edited version {yours}.")
    String conflict_versions(String kind, long current, String yours);

    @Message("Its fields were last changed by")
    String conflict_changedBy();

    @Message("Compare both below: apply your changes on top of the current version, or reload it and start again.")
    String conflict_compare();

    @Message("Your version beside the current one")
    String conflict_caption();

    @Message("Field")
    String conflict_field();

    @Message("Your version")
    String conflict_yours();

    @Message("Current version")
    String conflict_current();

    @Message("differs")
    String conflict_differs();

    @Message("Apply my changes on top of the current version")
    String conflict_apply();

    @Message("Reload the current version")
    String conflict_reload();

    @Message("Discard my changes")
    String conflict_discard();

    @Message("Delete {kind}")
    String delete_title(String kind);

    @Message("Back")
    String delete_back();

    @Message("Delete this {kind}?")
    String delete_heading(String kind);

    @Message("(kept in the claim's history)")
    String delete_reasonHint();

    @Message("I understand: this {kind} is deleted for good.")
    String delete_understand(String kind);

    @Message("Give the address of a published page: Claimtrack fetches it once and keeps its readable text (without menus, scripts or forms) as the document's archived text, with when it was fetched and from which address, so quotes can be checked against it. Only public web pages (http or https) of HTML or plain text, up to 5 MB, are fetched.")
    String archive_intro();

    @Message("Web address of the page")
    String archive_url();

    @Message("(optional; the page's own title otherwise)")
    String archive_titleHint();

    @Message("Fetch and archive")
    String archive_submit();

    @Message("Fetching the page")
    String archive_fetching();

    @Message("Fetching the page… this can take up to 15 seconds.")
    String archive_progress();

    @Message("Quote “{document}”")
    String quote_title(String document);

    @Message("Quote this document in a claim")
    String quote_heading();

    @Message("The words you selected:")
    String quote_selected();

    @Message("Tip: select words in the document's text before choosing “Quote it”, and they are filled in for you.")
    String quote_tip();

    @Message("Find the claim")
    String quote_find();

    @Message("Find the claim these words support, deny, question or report")
    String quote_findLabel();

    @Message("Find claims")
    String quote_findClaims();

    @Message("No claim matches “{q}”.")
    String quote_noMatch(String q);

    @Message("Note: {claim}")
    String note_title(String claim);

    @Message("New note: {claim}")
    String note_titleNew(String claim);

    @Message("A note on the claim")
    String note_heading();

    @Message("A new note")
    String note_headingNew();

    @Message("Notes are internal: only signed-in editors see them; they are never published, exported or part of ClaimReview. Editing keeps every earlier text.")
    String note_hint();

    @Message("Text")
    String note_text();

    @Message("Save the new text")
    String note_save();

    @Message("Every text of this note")
    String note_texts();

    @Message("Text {number}")
    String note_textNumber(int number);

    @Message("(current)")
    String note_current();

    @Message("Desk: {claim}")
    String workflow_title(String claim);

    @Message("Who works on this claim, and how far it got")
    String workflow_heading();

    @Message("Now:")
    String workflow_now();

    @Message("Publishing is a reviewer's step, from \"In review\".")
    String workflow_publishing();

    @Message("Work status")
    String workflow_status();

    @Message("Assigned to")
    String workflow_assignee();

    @Message("Nobody")
    String workflow_nobody();

    @Message("(you)")
    String workflow_you();

    @Message("Due date")
    String workflow_dueDate();

    @Message("Save")
    String workflow_save();

    // ---- users and extraction review pages

    @Message("Editors add and change claims, sources, documents and stances and run imports; reviewers also add verdicts; admins also delete and manage users. Each role includes the ones before it.")
    String users_intro();

    @Message("Users and their roles")
    String users_caption();

    @Message("User")
    String users_user();

    @Message("Roles")
    String users_roles();

    @Message("Since")
    String users_since();

    @Message("Delete")
    String users_delete();

    @Message("Roles of {user}")
    String users_rolesOf(String user);

    @Message("Save roles")
    String users_saveRoles();

    @Message("Delete {user}")
    String users_deleteUser(String user);

    @Message("Add a user")
    String users_add();

    @Message("(letters, digits, . _ @ -)")
    String users_nameHint();

    @Message("(at least 12 characters; tell the person through a safe channel)")
    String users_passwordHint();

    @Message("Add user")
    String users_addButton();

    @Message("Review proposed claims")
    String extraction_heading();

    @Message("Back to the document")
    String extraction_back();

    @Message("{count} proposal{#if count != 1}s{/if} from")
    String extraction_proposals(int count);

    @Message("a document")
    String extraction_aDocument();

    @Message("made by the attribution rules ({engine}) on")
    String extraction_madeBy(String engine);

    @Message("Nothing below is on record yet. Accepting a proposal writes the claim (or adds to the similar claim you choose) and the stances you keep, with the same checks as everywhere else: duplicate claims, the quote against the archived text, the source's party. Edit the claim text, a position or a new source's name before accepting; reject what is not a checkable claim.")
    String extraction_hint();

    @Message("Proposal {number}")
    String extraction_proposal(int number);

    @Message("Accepted")
    String extraction_accepted();

    @Message("Rejected")
    String extraction_rejected();

    @Message("Accepted into")
    String extraction_acceptedInto();

    @Message("the claim on record")
    String extraction_theClaim();

    @Message("(one checkable sentence)")
    String extraction_claimHint();

    @Message("Add to")
    String extraction_addTo();

    @Message("a new claim")
    String extraction_newClaim();

    @Message("the similar claim “{claim}” ({similarity} similar, {status})")
    String extraction_similar(String claim, String similarity, String status);

    @Message("Keep")
    String extraction_keep();

    @Message("on record")
    String extraction_onRecord();

    @Message("new source: {kind}")
    String extraction_newSource(String kind);

    @Message("Position")
    String extraction_position();

    @Message("Name of the new source")
    String extraction_newSourceName();

    @Message("Said as “{mention}”")
    String extraction_saidAs(String mention);

    @Message("rule: {rule}")
    String extraction_rule(String rule);

    @Message("confidence {confidence}")
    String extraction_confidence(String confidence);

    @Message("Accept")
    String extraction_accept();

    @Message("Reject")
    String extraction_reject();

    // ---- the forms' checks (Forms.plainWords)

    @Message("Fill this in.")
    String check_fillIn();

    @Message("Too long: {length} characters; at most {max}.")
    String check_tooLong(String length, String max);

    @Message("Too short: {length} characters; at least {min}.")
    String check_tooShort(String length, String min);

    @Message("{count} entries; at most {max}.")
    String check_tooMany(String count, String max);

    @Message("At least {min}.")
    String check_atLeast(String min);

    @Message("At most {max}.")
    String check_atMost(String max);

    @Message("Not in the expected form.")
    String check_pattern();

    @Message("choose one")
    String check_chooseOne();

    @Message("choose one of the listed values")
    String check_chooseListed();
}
