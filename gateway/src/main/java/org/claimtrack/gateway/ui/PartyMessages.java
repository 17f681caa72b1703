package org.claimtrack.gateway.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of a party's page and form ({@code {parties:key}}), in English; Spanish in {@code messages/parties_es.properties}. */
@MessageBundle("parties")
public interface PartyMessages {

    @Message("New party")
    String newParty();

    @Message("Edit {name}")
    String editName(String name);

    @Message("Edit")
    String edit();

    @Message("Create the party")
    String create();

    @Message("Name")
    String name();

    @Message("Other names")
    String aliases();

    @Message("one per line; each must name no other party")
    String aliasesHint();

    @Message("Country")
    String country();

    @Message("two letters, e.g. UA")
    String countryHint();

    @Message("External id")
    String externalId();

    @Message("e.g. a Wikidata id such as Q212")
    String externalIdHint();

    @Message("Belongs to")
    String parent();

    @Message("(none)")
    String noParent();

    @Message("Independence is decided on the root of the chain: sources of parties with the same root never corroborate each other.")
    String parentHint();

    @Message("Party")
    String party();

    @Message("About this party")
    String details();

    @Message("Last changed")
    String updated();

    @Message("All parties")
    String all();
}
