package org.claimtrack.gateway.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the admins' webhooks page ({@code {webhooks:key}}), in English; Spanish in {@code messages/webhooks_es.properties}. */
@MessageBundle("webhooks")
public interface WebhookMessages {

    @Message("Webhooks")
    String nav();

    @Message("Newsroom tools can be told when a claim's status changes or a verdict is added: each event is POSTed to "
            + "the address, signed with the subscription's secret, and retried until it is received (docs/webhooks.md).")
    String intro();

    @Message("Copy the secret now: it is never shown again. The receiver checks each delivery's signature with it.")
    String secretOnce();

    @Message("Secret for {url}")
    String secretLabel(String url);

    @Message("Deleted the subscription to {url}.")
    String deleted(String url);

    @Message("Subscriptions")
    String caption();

    @Message("No subscription yet.")
    String none();

    @Message("Address")
    String url();

    @Message("https, on a public address")
    String urlHint();

    @Message("Events")
    String events();

    @Message("What it is for")
    String description();

    @Message("Made by")
    String createdBy();

    @Message("Made")
    String created();

    @Message("Delete")
    String delete();

    @Message("Delete the subscription to {url}")
    String deleteLabel(String url);

    @Message("Subscribe")
    String newHeading();

    @Message("Subscribe")
    String submit();

    @Message("a claim's status changed")
    String statusChanged();

    @Message("a verdict was added")
    String verdictAdded();
}
