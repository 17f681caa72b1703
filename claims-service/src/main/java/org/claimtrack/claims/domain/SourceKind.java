package org.claimtrack.claims.domain;

/** Kind of a source (snapshot copied from the sources-service). */
public enum SourceKind {
    PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP
}
