package org.claimtrack.sources.rest;

/** Example bodies for the OpenAPI document (each one valid against its schema). */
final class Examples {

    private Examples() {
    }

    static final String ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    static final String MINISTRY_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    static final String SOURCE_INPUT = """
            {"name":"Maria Zakharova","kind":"PERSON","affiliation":"Russia","reliability":"C",
             "memberOfId":"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d","country":"RU","url":"https://mid.ru/en/",
             "description":"Spokeswoman of the Russian Foreign Ministry"}""";

    static final String SOURCE = """
            {"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"Maria Zakharova","kind":"PERSON","affiliation":"Russia",
             "party":{"id":"6ecd8c99-4036-403d-bf84-cf8400f67836","name":"Russia"},
             "rootParty":{"id":"6ecd8c99-4036-403d-bf84-cf8400f67836","name":"Russia"},
             "reliability":"C","memberOfId":"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d","country":"RU","url":"https://mid.ru/en/",
             "description":"Spokeswoman of the Russian Foreign Ministry","createdAt":"2021-12-30T12:00:00Z",
             "updatedAt":"2021-12-30T12:00:00Z","version":0}""";

    static final String PARTY_ID = "6ecd8c99-4036-403d-bf84-cf8400f67836";

    static final String PARTY_INPUT = """
            {"name":"Russia","aliases":["Russian Federation","Moscow","the Kremlin"],"country":"RU","externalId":"Q159"}""";

    static final String PARTY = """
            {"id":"6ecd8c99-4036-403d-bf84-cf8400f67836","name":"Russia","aliases":["Moscow","Russian Federation","the Kremlin"],
             "country":"RU","externalId":"Q159","createdAt":"2021-12-30T12:00:00Z","updatedAt":"2021-12-30T12:00:00Z",
             "version":0}""";

    static final String PARTY_PAGE = "{\"items\":[" + PARTY + "],\"page\":0,\"size\":20,\"total\":1}";

    static final String MERGE = """
            {"into":"6ecd8c99-4036-403d-bf84-cf8400f67836"}""";

    static final String SOURCE_IDS = """
            {"sourceIds":["3fa85f64-5717-4562-b3fc-2c963f66afa6","9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"]}""";

    static final String PARTY_CANDIDATES = """
            {"type":"about:blank","title":"Conflict","status":409,"instance":"/sources",
             "detail":"No party is named \\"Rusia\\", but it is close to \\"Russia\\". Send partyId to choose one, or newParty: true to create \\"Rusia\\".",
             "errors":[{"field":"affiliation","message":"close to existing parties: \\"Russia\\"; send partyId to choose one, or newParty: true to create it"}],
             "candidates":[{"id":"6ecd8c99-4036-403d-bf84-cf8400f67836","name":"Russia"}]}""";

    static final String SOURCE_PAGE = """
            {"items":[""" + SOURCE + """
            ],"page":0,"size":20,"total":1}""";

    static final String LOOKUP = """
            {"ids":["3fa85f64-5717-4562-b3fc-2c963f66afa6","7c9e6679-7425-40de-944b-e07fc1f90ae7"]}""";

    static final String SOURCE_LOOKUP = """
            {"items":[""" + SOURCE + """
            ],"missingIds":["7c9e6679-7425-40de-944b-e07fc1f90ae7"]}""";

    static final String PARTY_CHAINS = """
            {"items":[{"sourceId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","steps":[
              {"link":"SOURCE","id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"Maria Zakharova"},
              {"link":"MEMBER_OF","id":"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d","name":"Russian Foreign Ministry"},
              {"link":"PARTY","id":"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed","name":"Government of Russia"},
              {"link":"PARENT","id":"6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b","name":"Russia"}],
             "rootParty":{"id":"6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b","name":"Russia"}}],
             "missingIds":["7c9e6679-7425-40de-944b-e07fc1f90ae7"]}""";

    static final String SOURCE_BATCH = """
            [{"name":"Russian Foreign Ministry","kind":"GOVERNMENT","affiliation":"Russia","reliability":"C","country":"RU"},
             {"name":"Maria Zakharova","kind":"PERSON","affiliation":"Russia","memberOfName":"Russian Foreign Ministry"},
             {"name":"Anonymous official","kind":"PERSON","memberOfName":"Unknown Ministry"}]""";

    static final String BATCH_RESULT = """
            {"items":[{"index":0,"id":"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d","outcome":"CREATED","errors":[]},
             {"index":1,"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","outcome":"UNCHANGED","errors":[]},
             {"index":2,"outcome":"FAILED","errors":[{"field":"memberOfName","message":"no source named \\"Unknown Ministry\\" exists"}]}]}""";

    static final String DOCUMENT_INPUT = """
            {"url":"https://www.reuters.com/world/europe/geneva-talks-2021-12-30/","title":"Russia and U.S. to hold security talks in Geneva",
             "publisherId":"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d","publishedAt":"2021-12-30T12:00:00Z","language":"en",
             "archivedText":"Russia has deployed up to 100,000 soldiers on Ukraine's borders, Kiev says."}""";

    static final String ARCHIVE_REQUEST = """
            {"url":"https://www.reuters.com/world/europe/geneva-talks-2021-12-30/","publisherId":"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
             "publishedAt":"2021-12-30T12:00:00Z","language":"en"}""";

    static final String ARCHIVE_PRIVATE_ADDRESS = """
            {"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"The page was not archived: 10.0.0.5 is a private address (10.0.0.5); only public addresses are archived","instance":"/documents/archive","refusal":"PRIVATE_ADDRESS","errors":[{"field":"url","message":"10.0.0.5 is a private address (10.0.0.5); only public addresses are archived"}]}""";

    static final String ARCHIVE_CONTENT_TYPE = """
            {"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"The page was not archived: the page is application/pdf; only text/html, application/xhtml+xml and text/plain are archived","instance":"/documents/archive","refusal":"CONTENT_TYPE","errors":[{"field":"url","message":"the page is application/pdf; only text/html, application/xhtml+xml and text/plain are archived"}]}""";

    static final String DOCUMENT_FIELDS = """
            "id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","url":"https://www.reuters.com/world/europe/geneva-talks-2021-12-30/",
             "title":"Russia and U.S. to hold security talks in Geneva","publisherId":"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
             "publishedAt":"2021-12-30T12:00:00Z","language":"en",
             "contentSha256":"9f4b6e1ad0b0cfe3c2cc3e3ad9c1b3b0f0d7d7a43c5b0e0f6f06a1cf0b6b1d1e","textLength":76,"textVersion":1,""";

    static final String DOCUMENT = "{" + DOCUMENT_FIELDS + """
            "archivedText":"Russia has deployed up to 100,000 soldiers on Ukraine's borders, Kiev says.",
             "createdAt":"2021-12-30T12:00:00Z","updatedAt":"2021-12-30T12:00:00Z","version":0}""";

    static final String DOCUMENT_SUMMARY = "{" + DOCUMENT_FIELDS + """
            "createdAt":"2021-12-30T12:00:00Z","updatedAt":"2021-12-30T12:00:00Z","version":0}""";

    static final String DOCUMENT_PAGE = "{\"items\":[" + DOCUMENT_SUMMARY + "],\"page\":0,\"size\":20,\"total\":1}";

    static final String DOCUMENT_LOOKUP = "{\"items\":[" + DOCUMENT_SUMMARY
            + "],\"missingIds\":[\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"]}";

    static final String RECORDS_REQUEST = """
            {"sourceIds":["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
             "documentIds":["3fa85f64-5717-4562-b3fc-2c963f66afa6","7c9e6679-7425-40de-944b-e07fc1f90ae7"]}""";

    static final String PUBLISHER = """
            {"id":"9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d","name":"Reuters","kind":"MEDIA_OUTLET","affiliation":"",
             "reliability":"B","country":"GB","url":"https://www.reuters.com/","createdAt":"2021-12-30T12:00:00Z",
             "updatedAt":"2021-12-30T12:00:00Z","version":0}""";

    static final String RECORDS = "{\"sources\":[" + SOURCE + "," + PUBLISHER + "],\"documents\":[" + DOCUMENT_SUMMARY
            + "],\"missingSourceIds\":[],\"missingDocumentIds\":[\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"]}";

    static final String DOCUMENT_BATCH = "[" + DOCUMENT_INPUT + "]";

    static final String DOCUMENT_BATCH_RESULT = """
            {"items":[{"index":0,"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","outcome":"CREATED","errors":[]}]}""";

    static final String QUOTE = """
            {"exact":"Russia has deployed up to 100,000 soldiers","suffix":" on Ukraine’s borders"}""";

    static final String QUOTE_FOUND = """
            {"found":true,"start":0,"end":43,"matchedText":"Russia has deployed up to 100,000 soldiers","textVersion":1,
            "contentSha256":"9f2c4e0a1b3d5f7e9a1c3e5f7a9b1d3f5e7a9c1b3d5f7e9a1c3e5f7a9b1d3f5e"}""";

    static final String QUOTE_NOT_FOUND = """
            {"found":false,"closest":{"start":0,"end":43,"text":"Russia has deployed up to 100,000 soldiers","score":0.857},
            "textVersion":2,"contentSha256":"4b8d2f6a0c4e8a2c6e0a4c8e2a6c0e4a8c2e6a0c4e8a2c6e0a4c8e2a6c0e4a8c"}""";

    static final String TEXT_VERSIONS = """
            {"items":[{"number":1,"contentSha256":"9f2c4e0a1b3d5f7e9a1c3e5f7a9b1d3f5e7a9c1b3d5f7e9a1c3e5f7a9b1d3f5e",
            "textLength":75,"createdAt":"2021-12-30T12:00:00Z","actor":"editor1"},
            {"number":2,"contentSha256":"4b8d2f6a0c4e8a2c6e0a4c8e2a6c0e4a8c2e6a0c4e8a2c6e0a4c8e2a6c0e4a8c",
            "textLength":75,"createdAt":"2021-12-31T09:00:00Z","actor":"editor2","reason":"Publisher corrected the troop figure"}]}""";

    static final String TEXT_VERSION = """
            {"number":1,"contentSha256":"9f2c4e0a1b3d5f7e9a1c3e5f7a9b1d3f5e7a9c1b3d5f7e9a1c3e5f7a9b1d3f5e",
            "textLength":75,"createdAt":"2021-12-30T12:00:00Z","actor":"editor1",
            "text":"Russia has deployed up to 100,000 soldiers on Ukraine's borders, Kiev says."}""";

    static final String QUOTE_LOCATE = """
            {"quotes":[{"key":"stance-1","exact":"Russia has deployed up to 100,000 soldiers","suffix":" on Ukraine’s borders"},
            {"key":"stance-2","exact":"up to 100,000 soldiers"},{"key":"stance-3","exact":"200,000 tanks"}]}""";

    static final String QUOTE_LOCATED = """
            {"contentSha256":"9f2c4e0a1b3d5f7e9a1c3e5f7a9b1d3f5e7a9c1b3d5f7e9a1c3e5f7a9b1d3f5e","textVersion":1,"items":[
            {"key":"stance-1","found":true,"start":0,"end":42},{"key":"stance-2","found":true,"start":20,"end":42},
            {"key":"stance-3","found":false}]}""";
}
