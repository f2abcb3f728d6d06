package io.jingchu.hub.catalog.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a resource's Markdown description into HTML that is safe to put in a page: publishers write the
 * text, the public reads it, so scripts, event handlers and {@code javascript:} links never get through.
 * Markdown is rendered first and the result cleaned against an allow-list, so raw HTML in the Markdown is
 * held to the same list.
 */
@Component
class DescriptionRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().sanitizeUrls(true).build();
    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    @Nullable
    String render(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, "", safelist, output);
    }
}
