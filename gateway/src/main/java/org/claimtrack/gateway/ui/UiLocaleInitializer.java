package org.claimtrack.gateway.ui;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every template instance made while a request is served is written in the reader's language ({@link UiLocale}):
 * Qute's {@code locale} attribute, which the {@code msg:} and {@code forms:} bundles and {@link UiFormat}'s dates read.
 * Registered with the engine when Quarkus builds it (the {@link EngineBuilder} event); outside a request (none in the
 * UI today) the default locale applies.
 */
@ApplicationScoped
public class UiLocaleInitializer implements TemplateInstance.Initializer {

    @Inject
    UiLocale uiLocale;

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(uiLocale.getLocale());
        }
    }
}
