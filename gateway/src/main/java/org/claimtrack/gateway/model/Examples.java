package org.claimtrack.gateway.model;

/** Example values for the OpenAPI document, taken from the founding seed article (Geneva talks, 30 Dec 2021). */
public final class Examples {
    public static final String CLAIM_ID = "3f1c2a9e-8b7d-4c1e-9f2a-5d6e7f8a9b0c";
    public static final String EXTRACTION_ID = "0e5f6a7b-8c9d-4e1f-a2b3-c4d5e6f7a8b9";
    public static final String PARTY_ID = "6ecd8c99-4036-403d-bf84-cf8400f67836";
    public static final String SOURCE_ID = "5b7e4c2a-1d3f-4e5a-8b9c-0d1e2f3a4b5c";
    public static final String MINISTRY_ID = "9a8b7c6d-5e4f-4a3b-9c1d-0e2f3a4b5c6d";
    public static final String DOCUMENT_ID = "7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f";
    public static final String STANCE_ID = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b";
    public static final String VERDICT_ID = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a";
    public static final String CLAIM_TEXT = "Russia has deployed up to 100,000 soldiers on Ukraine's borders";
    public static final String INSTANT = "2021-12-30T12:00:00Z";
    public static final String QUOTE = "which Moscow denied";
    public static final String TEXT_VERSIONS = """
            {"items": [{"number": 1, "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "textLength": 5230, "createdAt": "2021-12-30T12:00:00Z", "actor": "editor"},
            {"number": 2, "contentSha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
             "textLength": 5231, "createdAt": "2021-12-31T09:00:00Z", "actor": "editor",
             "reason": "The publisher corrected the troop figure"}]}""";
    public static final String TEXT_VERSION = """
            {"number": 1, "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "textLength": 5230, "createdAt": "2021-12-30T12:00:00Z", "actor": "editor",
             "text": "Kiev and Western countries have accused Russia of having deployed up to 100,000 soldiers ..."}""";
    public static final String NOTE_ID = "8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b";
    /** The founding article's address in the seed bundle: list filters with this example find it. */
    public static final String SEED_DOCUMENT_URL = "https://archive.claimtrack.example/seeds/000_7a33fa508537bb30.txt";
    public static final String DOCUMENT_URL = "https://example.org/2021/12/30/geneva-security-guarantees";

    private Examples() {
    }
}
