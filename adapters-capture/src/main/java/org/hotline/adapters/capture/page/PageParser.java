package org.hotline.adapters.capture.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.capture.fetch.Addresses;
import org.hotline.domain.capture.ItemSource;
import org.hotline.domain.report.ReportedUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the images and videos of a page with jsoup, an HTML5 parser that reads broken markup as browsers do:
 * {@code img} ({@code src}, {@code srcset} and the usual lazy-loading {@code data-} attributes), {@code picture} and
 * {@code video} sources, video posters, links to media files, {@code og:image}, {@code og:video} and
 * {@code twitter:image} meta tags, and {@code background-image} in style attributes and style sheets. Addresses are
 * resolved against the page's final address (or its {@code <base href>}), kept only when they are {@code http} or
 * {@code https}, put in canonical form, and folded: each address once, where it was first found, in page order.
 */
public final class PageParser {

    private static final Set<String> MEDIA_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "jfif", "pjpeg", "png", "apng",
            "gif", "webp", "bmp", "tif", "tiff", "avif", "heic", "heif", "mp4", "m4v", "mov", "webm", "mkv", "avi",
            "mpg", "mpeg", "flv", "3gp", "wmv", "ogv");
    private static final Set<String> MEDIA_META = Set.of("og:image", "og:image:url", "og:image:secure_url", "og:video",
            "og:video:url", "og:video:secure_url", "twitter:image", "twitter:image:src", "twitter:player:stream");
    private static final List<String> LAZY_SOURCES = List.of("src", "data-src", "data-original", "data-lazy-src");
    private static final List<String> SRCSETS = List.of("srcset", "data-srcset");
    private static final Pattern BACKGROUND = Pattern.compile("background(?:-image)?\\s*:([^;}]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private PageParser() {
    }

    /** Parses a page's bytes; the character set comes from its byte-order mark or {@code <meta charset>}, else UTF-8. */
    public static ParsedPage parse(byte[] html, ReportedUrl address, int maxItems) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(html), null, address.canonical());
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory does not fail", e);
        }
        Collector found = new Collector(base(document, address), maxItems);
        for (Element element : document.getAllElements()) {
            found.from(element);
        }
        String title = document.title();
        return new ParsedPage(title.isBlank() ? Option.none() : Option.some(title), Vector.ofAll(found.items.values()),
                found.seen.size() - found.items.size());
    }

    /** The first {@code <base href>} that resolves, else the page's own address. */
    private static ReportedUrl base(Document document, ReportedUrl address) {
        Element base = document.selectFirst("base[href]");
        return base == null ? address : Addresses.resolve(address, base.attr("href")).getOrElse(address);
    }

    /** The items of a page, folded, in the order found. */
    private static final class Collector {
        private final ReportedUrl base;
        private final int limit;
        private final Map<String, FoundItem> items = new LinkedHashMap<>();
        private final Set<String> seen = new HashSet<>();

        Collector(ReportedUrl base, int limit) {
            this.base = base;
            this.limit = limit;
        }

        void from(Element element) {
            switch (element.normalName()) {
                case "img" -> {
                    LAZY_SOURCES.forEach(name -> add(element.attr(name), ItemSource.IMG));
                    srcsets(element);
                }
                case "source" -> {
                    add(element.attr("src"), ItemSource.SOURCE);
                    srcsets(element);
                }
                case "video" -> {
                    add(element.attr("src"), ItemSource.VIDEO);
                    add(element.attr("poster"), ItemSource.POSTER);
                }
                case "a" -> {
                    if (namesMediaFile(element.attr("href"))) {
                        add(element.attr("href"), ItemSource.LINK);
                    }
                }
                case "meta" -> meta(element);
                case "link" -> {
                    if (element.attr("rel").equalsIgnoreCase("image_src")) {
                        add(element.attr("href"), ItemSource.META);
                    }
                }
                case "style" -> backgrounds(element.data());
                default -> {
                    // Other elements carry items only in their style attribute.
                }
            }
            if (element.hasAttr("style")) {
                backgrounds(element.attr("style"));
            }
        }

        private void meta(Element element) {
            String key = (element.hasAttr("property") ? element.attr("property") : element.attr("name")).toLowerCase(Locale.ROOT);
            if (MEDIA_META.contains(key.strip())) {
                add(element.attr("content"), ItemSource.META);
            }
        }

        private void srcsets(Element element) {
            for (String name : SRCSETS) {
                for (String candidate : srcsetAddresses(element.attr(name))) {
                    add(candidate, ItemSource.SRCSET);
                }
            }
        }

        private void backgrounds(String css) {
            Matcher declaration = BACKGROUND.matcher(css);
            while (declaration.find()) {
                Matcher url = CSS_URL.matcher(declaration.group(1));
                while (url.find()) {
                    String value = url.group(1) != null ? url.group(1) : url.group(2) != null ? url.group(2) : url.group(3);
                    add(value, ItemSource.STYLE);
                }
            }
        }

        private void add(String reference, ItemSource source) {
            if (reference == null || reference.isBlank()) {
                return;
            }
            Either<String, ReportedUrl> address = Addresses.resolve(base, reference);
            if (address.isLeft() || !seen.add(address.get().canonical())) {
                return;
            }
            if (items.size() < limit) {
                items.put(address.get().canonical(), new FoundItem(address.get(), source));
            }
        }
    }

    /** The addresses of a {@code srcset}: candidates separated by commas, each an address and optional descriptors. */
    static List<String> srcsetAddresses(String srcset) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            boolean descriptorsFollow = !url.endsWith(",");
            while (url.endsWith(",")) {
                url = url.substring(0, url.length() - 1);
            }
            if (!url.isEmpty()) {
                out.add(url);
            }
            if (descriptorsFollow) {
                int depth = 0;
                while (i < n && (srcset.charAt(i) != ',' || depth > 0)) {
                    depth += srcset.charAt(i) == '(' ? 1 : srcset.charAt(i) == ')' ? -1 : 0;
                    i++;
                }
            }
        }
        return out;
    }

    /** True when the address's path ends in a media file's extension (before any query). */
    static boolean namesMediaFile(String href) {
        String path = href;
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        int dot = path.lastIndexOf('.');
        return dot >= 0 && dot > path.lastIndexOf('/') && MEDIA_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
