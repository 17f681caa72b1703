package org.claimtrack.gateway.model;

/** Who speaks: the kinds of {@link Source} the guide names. */
public enum SourceKind {
    PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP
}
