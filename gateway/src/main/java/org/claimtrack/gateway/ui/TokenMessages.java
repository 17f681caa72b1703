package org.claimtrack.gateway.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the API tokens page ({@code {tokens:key}}), in English; Spanish in {@code messages/tokens_es.properties}. */
@MessageBundle("tokens")
public interface TokenMessages {

    @Message("API tokens")
    String nav();

    @Message("Your API tokens")
    String heading();

    @Message("A token lets a script or a newsroom tool use the API as you, with at most the role you choose: send it as "
            + "Authorization: Bearer <token>. It expires, it can be revoked, and it is shown only once, when it is made.")
    String intro();

    @Message("Copy your new token now: it is never shown again.")
    String createdOnce();

    @Message("New token for {name}")
    String createdLabel(String name);

    @Message("Revoked {name}.")
    String revoked(String name);

    @Message("Your tokens")
    String caption();

    @Message("You have no token yet.")
    String none();

    @Message("Name")
    String name();

    @Message("Role")
    String role();

    @Message("Made")
    String created();

    @Message("Expires")
    String expires();

    @Message("Last used")
    String lastUsed();

    @Message("never")
    String never();

    @Message("State")
    String state();

    @Message("valid")
    String valid();

    @Message("expired")
    String expired();

    @Message("revoked")
    String revokedState();

    @Message("Revoke")
    String revoke();

    @Message("Revoke {name}")
    String revokeLabel(String name);

    @Message("Make a token")
    String newHeading();

    @Message("What it is for")
    String nameLabel();

    @Message("e.g. newsroom CMS")
    String nameHint();

    @Message("Days until it expires (1 to 365)")
    String daysLabel();

    @Message("Make the token")
    String submit();
}
