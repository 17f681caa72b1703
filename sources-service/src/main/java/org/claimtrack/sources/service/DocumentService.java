package org.claimtrack.sources.service;

import org.claimtrack.contract.TimeOrderedIds;
import org.claimtrack.contract.Timestamps;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.sources.domain.Document;
import org.claimtrack.sources.domain.DocumentTextVersion;
import org.claimtrack.sources.domain.Source;
import org.claimtrack.sources.api.ArchiveRequest;
import org.claimtrack.sources.api.DocumentInput;
import org.claimtrack.sources.archive.FetchRefused;
import org.claimtrack.sources.archive.FetchedPage;
import org.claimtrack.sources.api.DocumentView;
import org.claimtrack.sources.api.Lists.DocumentLookup;
import org.claimtrack.sources.api.Lists.DocumentPage;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.Versions;
import org.claimtrack.contract.BatchItems.Parsed;
import org.claimtrack.sources.api.QuoteCheck;
import org.claimtrack.sources.api.QuoteLocate;
import org.claimtrack.sources.api.QuoteSelector;
import org.claimtrack.sources.api.TextVersions;
import org.claimtrack.sources.service.BatchResult.Item;

/** Documents: unique URLs, existing publishers, and the archived text with its SHA-256. */
@ApplicationScoped
public class DocumentService {

    /** The list filters; null = no filter. */
    public record Filter(String q, UUID publisherId, String url, String language) {
    }

    public Document get(UUID id) {
        return Document.<Document>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Document", id));
    }

    /** The current archived text, 404 when the document has none. */
    public String text(UUID id) {
        get(id);
        String text = textOrNull(id);
        if (text == null) {
            throw Problems.of(Status.NOT_FOUND, "Document " + id + " has no archived text");
        }
        return text;
    }

    /** The current archived text or null. */
    public String textOrNull(UUID id) {
        Document document = Document.findById(id);
        DocumentTextVersion current = document == null ? null : current(document);
        return current == null ? null : current.text;
    }

    /** Every text version, oldest first, without the texts. */
    public TextVersions.Page versions(UUID id) {
        get(id);
        List<DocumentTextVersion> versions = DocumentTextVersion.list("documentId = ?1 order by number", id);
        return new TextVersions.Page(versions.stream().map(v -> TextVersions.View.of(v, false)).toList());
    }

    /** One text version, 404 when the document does not have it. */
    public DocumentTextVersion version(UUID id, int number) {
        get(id);
        DocumentTextVersion version = DocumentTextVersion.find("documentId = ?1 and number = ?2", id, number).firstResult();
        if (version == null) {
            throw Problems.of(Status.NOT_FOUND, "Document " + id + " has no text version " + number);
        }
        return version;
    }

    /** Checks a quote against the given text version, or the current one when {@code number} is null. */
    public QuoteCheck checkQuote(UUID id, Integer number, QuoteSelector selector) {
        DocumentTextVersion text = textToSearch(id, number, "check a quote against");
        QuoteMatcher.Result match = QuoteMatcher.find(text.text, selector.exact(), selector.prefix(), selector.suffix());
        return QuoteCheck.of(match, text.number, text.contentSha256);
    }

    /**
     * Locates every quote with the quote check's matcher, the text folded once, in the given text version or the
     * current one. The answer names the version and its SHA-256, so a caller can tell when the text changed since
     * it read the document.
     */
    public QuoteLocate.Result locateQuotes(UUID id, Integer number, List<QuoteLocate.Quote> quotes) {
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            Integer first = keys.putIfAbsent(quotes.get(i).key(), i);
            if (first != null) {
                throw Problems.badField("quotes[" + i + "].key", "repeats the key of quotes[" + first + "]");
            }
        }
        DocumentTextVersion text = textToSearch(id, number, "locate quotes in");
        QuoteMatcher.Searchable searchable = QuoteMatcher.in(text.text);
        List<QuoteLocate.Located> items = quotes.stream().map(q -> {
            QuoteMatcher.Range range = searchable.locate(q.exact(), q.prefix(), q.suffix());
            return range == null ? new QuoteLocate.Located(q.key(), false, null, null)
                    : new QuoteLocate.Located(q.key(), true, range.start(), range.end());
        }).toList();
        return new QuoteLocate.Result(text.contentSha256, text.number, items);
    }

    /** The version asked for (404 when unknown), else the current one (409 when the document has no text). */
    private DocumentTextVersion textToSearch(UUID id, Integer number, String purpose) {
        if (number != null) {
            return version(id, number);
        }
        DocumentTextVersion current = current(get(id));
        if (current == null) {
            throw Problems.of(Status.CONFLICT, "Document " + id + " has no archived text to " + purpose);
        }
        return current;
    }

    private static DocumentTextVersion current(Document document) {
        if (document.textVersion == null) {
            return null;
        }
        return DocumentTextVersion.find("documentId = ?1 and number = ?2", document.id, document.textVersion).firstResult();
    }

    @Transactional
    public Document create(DocumentInput input, String actor) {
        rejectDuplicateUrl(input.url, null);
        requirePublisher(input.publisherId);
        Document document = newDocument(input, actor, null);
        Document.flush();
        return document;
    }

    /**
     * Checks what can be checked before a page is fetched for a new document: the address is not archived yet (409)
     * and the publisher exists (422), so a refused request costs no fetch.
     */
    public void checkArchivable(ArchiveRequest request) {
        rejectDuplicateUrl(request.url, null);
        requirePublisher(request.publisherId);
    }

    /**
     * A new document from a fetched page: its address after redirects, the request's title or the page's own, and
     * the readable text as version 1 with where, when and how it was fetched.
     */
    @Transactional
    public Document createFetched(ArchiveRequest request, FetchedPage page, String actor) {
        if (page.text().length() > DocumentInput.MAX_TEXT) {
            throw new FetchRefused(FetchRefused.Reason.TOO_LARGE, "the page's text has " + page.text().length()
                    + " characters; at most 1,048,576 are archived");
        }
        if (page.finalUrl().length() > 2000) {
            throw new FetchRefused(FetchRefused.Reason.REDIRECTS, "the page's final address is longer than 2,000 characters");
        }
        DocumentInput input = new DocumentInput();
        input.url = page.finalUrl();
        input.title = request.title != null && !request.title.isBlank() ? request.title : page.title();
        input.publisherId = request.publisherId;
        input.publishedAt = request.publishedAt;
        input.language = request.language;
        input.archivedText = page.text();
        rejectDuplicateUrl(request.url, null);
        rejectDuplicateUrl(input.url, null);
        requirePublisher(input.publisherId);
        Document document = newDocument(input, actor, page);
        Document.flush();
        return document;
    }

    @Transactional
    public Document update(UUID id, String ifMatch, DocumentInput input, String actor) {
        Document document = get(id);
        Versions.check(ifMatch, document.version);
        rejectDuplicateUrl(input.url, id);
        requirePublisher(input.publisherId);
        boolean changed = apply(document, input);
        // A different text is a new version; the old one stays (append-only). The same text adds nothing.
        if (input.archivedText != null && !Objects.equals(document.contentSha256, sha256(input.archivedText))) {
            nextText(document, input.archivedText, actor, input.reason).persist();
            changed = true;
        }
        document.flushIfChanged(changed);
        return document;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Document document = get(id);
        Versions.check(ifMatch, document.version);
        DocumentTextVersion.delete("documentId", id);
        document.delete();
        Document.flush();
    }

    public DocumentPage list(Filter filter, int page, int size) {
        Where where = new Where()
                .given(filter.q(), "titleKey like :q escape '\\'", "q", q -> Pages.contains(Source.key(q.strip())))
                .given(filter.publisherId(), "publisherId = :publisherId", "publisherId")
                .given(filter.url(), "url = :url", "url", String::strip)
                .given(filter.language(), "language = :language", "language", String::strip);
        Sort sort = Sort.by("publishedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id");
        var query = Document.<Document>find(where.query(), sort, where.params());
        List<DocumentView> items = Pages.slice(query, page, size).stream().map(DocumentView::of).toList();
        return new DocumentPage(items, page, size, query.count());
    }

    public DocumentLookup lookup(List<UUID> ids) {
        Lookup<DocumentView> lookup = Lookup.of(ids, wanted -> Document.<Document>list("id in ?1", wanted), d -> DocumentView.of(d));
        return new DocumentLookup(lookup.found(), lookup.missing());
    }

    /**
     * Idempotent by URL: a URL already stored, or repeated within the batch, is UNCHANGED; an item
     * whose publisher does not exist is FAILED. All checks run before anything is written.
     */
    @Transactional
    public BatchResult batch(List<Parsed<DocumentInput>> items, String actor) {
        Set<String> urls = new HashSet<>();
        Set<UUID> publisherIds = new HashSet<>();
        items.stream().filter(Parsed::valid).forEach(item -> {
            urls.add(item.value().url);
            if (item.value().publisherId != null) {
                publisherIds.add(item.value().publisherId);
            }
        });
        Map<String, UUID> known = new HashMap<>();
        if (!urls.isEmpty()) {
            Document.<Document>list("url in ?1", List.copyOf(urls)).forEach(d -> known.put(d.url, d.id));
        }
        Set<UUID> publishers = publisherIds.isEmpty() ? Set.of()
                : new HashSet<>(Source.<Source>find("select id from Source where id in ?1", List.copyOf(publisherIds))
                        .project(UUID.class).list());
        List<Item> results = new ArrayList<>(items.size());
        for (Parsed<DocumentInput> item : items) {
            DocumentInput input = item.value();
            if (!item.valid()) {
                results.add(Item.failed(item.index(), item.errors()));
            } else if (known.containsKey(input.url)) {
                results.add(Item.unchanged(item.index(), known.get(input.url)));
            } else if (input.publisherId != null && !publishers.contains(input.publisherId)) {
                results.add(Item.failed(item.index(),
                        List.of(new FieldError("publisherId", "source " + input.publisherId + " does not exist"))));
            } else {
                Document document = newDocument(input, actor, null);
                known.put(input.url, document.id);
                results.add(Item.created(item.index(), document.id));
            }
        }
        Document.flush();
        return new BatchResult(results);
    }

    /** A new document and its first text version; {@code fetched} says where the text came from, null if typed in. */
    private Document newDocument(DocumentInput input, String actor, FetchedPage fetched) {
        Document document = new Document();
        document.initAsNew();
        apply(document, input);
        // The text's fields are set before the insert, so a new document starts at version 0.
        DocumentTextVersion text = input.archivedText == null ? null : nextText(document, input.archivedText, actor, input.reason);
        document.persist();
        if (text != null) {
            if (fetched != null) {
                text.fetchedUrl = fetched.finalUrl();
                text.fetchedAt = fetched.fetchedAt();
                text.httpStatus = fetched.httpStatus();
                text.contentType = fetched.contentType();
            }
            text.persist();
        }
        return document;
    }

    /** The document's next text version, made current; the caller persists it. */
    private static DocumentTextVersion nextText(Document document, String text, String actor, String reason) {
        DocumentTextVersion version = new DocumentTextVersion();
        version.id = TimeOrderedIds.next();
        version.documentId = document.id;
        version.number = document.textVersion == null ? 1 : document.textVersion + 1;
        version.text = text;
        version.contentSha256 = sha256(text);
        version.textLength = text.length();
        version.createdAt = Timestamps.now();
        version.actor = actor;
        version.reason = reason == null || reason.isEmpty() ? null : reason;
        document.textVersion = version.number;
        document.contentSha256 = version.contentSha256;
        document.textLength = version.textLength;
        return version;
    }

    private static boolean apply(Document document, DocumentInput input) {
        boolean changed = !Objects.equals(document.url, input.url) || !Objects.equals(document.title, input.title)
                || !Objects.equals(document.publisherId, input.publisherId)
                || !Objects.equals(document.publishedAt, input.publishedAt)
                || !Objects.equals(document.language, input.language);
        document.url = input.url;
        document.setTitle(input.title);
        document.publisherId = input.publisherId;
        document.publishedAt = input.publishedAt;
        document.language = input.language;
        return changed;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void rejectDuplicateUrl(String url, UUID self) {
        Document existing = Document.find("url", url).firstResult();
        if (existing != null && !existing.id.equals(self)) {
            throw Problems.duplicate("A document with url " + url + " already exists", "url", existing.id);
        }
    }

    private void requirePublisher(UUID publisherId) {
        if (publisherId != null && Source.findById(publisherId) == null) {
            throw Problems.unprocessable("publisherId", "source " + publisherId + " does not exist");
        }
    }
}
