package org.claimtrack.sources.archive;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The words a reader of an HTML page sees as its content: the article (or main part, or body) without scripts,
 * styles, navigation, forms and other page furniture, one paragraph per block, so that a quote copied from the
 * browser is found by the quote check.
 */
public final class ReadableText {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final String NEVER_CONTENT = "script, style, noscript, template, svg, canvas, iframe, object, nav, "
            + "aside, form, button, select, input, textarea, dialog, [hidden], [aria-hidden=true]";

    private ReadableText() {
    }

    public static String of(Document page) {
        Element root = contentRoot(page);
        root.select(NEVER_CONTENT).remove();
        if (root == page.body()) {
            // site chrome around the content; inside an <article> a header is the article's own heading
            root.select("body > header, body > footer").remove();
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendWords(out, text);
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        trimEnd(out);
                        out.append('\n');
                    } else if (element.isBlock()) {
                        paragraph(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    paragraph(out);
                }
            }
        }, root);
        return BLANK_LINES.matcher(out.toString().strip()).replaceAll("\n\n");
    }

    /** One article if the page has exactly one, else its main part, else the body. */
    private static Element contentRoot(Document page) {
        Elements articles = page.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        Element main = page.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        return page.body();
    }

    private static void appendWords(StringBuilder out, TextNode node) {
        boolean preformatted = node.parent() != null && node.parent().closest("pre") != null;
        String words = preformatted ? node.getWholeText() : SPACES.matcher(node.getWholeText()).replaceAll(" ");
        if (words.isEmpty()) {
            return;
        }
        boolean atLineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        boolean afterSpace = !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
        if (!preformatted && words.charAt(0) == ' ' && (atLineStart || afterSpace)) {
            words = words.substring(1);
        }
        out.append(words);
    }

    private static void paragraph(StringBuilder out) {
        trimEnd(out);
        if (out.isEmpty()) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
