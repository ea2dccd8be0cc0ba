package org.hotline.adapters.capture.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.hotline.domain.capture.ItemSource;
import org.hotline.domain.report.ReportedUrl;
import org.junit.jupiter.api.Test;

class PageParserTest {

    private static final ReportedUrl PAGE = ReportedUrl.parse("https://site.example/gallery/index.html").get();

    private static ParsedPage parse(String html) {
        return PageParser.parse(html.getBytes(StandardCharsets.UTF_8), PAGE, 200);
    }

    private static java.util.List<String> found(ParsedPage page) {
        return page.items().map(item -> item.source() + " " + item.address().canonical()).toJavaList();
    }

    @Test
    void every_kind_of_item_is_found_in_page_order() {
        ParsedPage page = parse("""
                <html><head><title> Holiday
                   photos </title>
                <meta property="og:image" content="/og.jpg">
                <meta name="twitter:image" content="https://cdn.example/tw.png">
                <style>.hero { background-image: url("hero.webp"); } @font-face { src: url(font.woff2) }</style>
                </head><body>
                <img src="a.jpg" srcset="a-2x.jpg 2x, a-3x.jpg 3x">
                <img src="data:image/gif;base64,R0lGOD" data-src="lazy.png">
                <picture><source srcset="b.avif 1x, b@2x.avif 2x" type="image/avif"><img src="b.jpg"></picture>
                <video src="clip.mp4" poster="poster.jpg"><source src="clip.webm" type="video/webm"></video>
                <a href="big.JPEG?size=full">full size</a> <a href="about.html">about</a> <a href="javascript:void(0)">x</a>
                <div style="background: #000 url('bg.gif') no-repeat">...</div>
                </body></html>
                """);

        assertThat(page.title()).contains("Holiday photos");
        assertThat(found(page)).containsExactly(
                "META https://site.example/og.jpg",
                "META https://cdn.example/tw.png",
                "STYLE https://site.example/gallery/hero.webp",
                "IMG https://site.example/gallery/a.jpg",
                "SRCSET https://site.example/gallery/a-2x.jpg",
                "SRCSET https://site.example/gallery/a-3x.jpg",
                "IMG https://site.example/gallery/lazy.png",
                "SRCSET https://site.example/gallery/b.avif",
                "SRCSET https://site.example/gallery/b@2x.avif",
                "IMG https://site.example/gallery/b.jpg",
                "VIDEO https://site.example/gallery/clip.mp4",
                "POSTER https://site.example/gallery/poster.jpg",
                "SOURCE https://site.example/gallery/clip.webm",
                "LINK https://site.example/gallery/big.JPEG?size=full",
                "STYLE https://site.example/gallery/bg.gif");
        assertThat(page.omitted()).isZero();
    }

    @Test
    void addresses_resolve_against_the_base_element() {
        ParsedPage page = parse("<base href='https://static.example/img/'><img src='one.png'><img src='/two.png'>");

        assertThat(found(page)).containsExactly("IMG https://static.example/img/one.png", "IMG https://static.example/two.png");
    }

    @Test
    void repeats_are_folded_into_the_first_place_found_even_when_written_differently() {
        ParsedPage page = parse("<img src='a.jpg'><a href='./a.jpg'>a</a><img src='https://SITE.example:443/gallery/a.jpg#x'>"
                + "<img src='b.jpg'>");

        assertThat(found(page)).containsExactly("IMG https://site.example/gallery/a.jpg", "IMG https://site.example/gallery/b.jpg");
    }

    @Test
    void items_past_the_limit_are_counted_not_listed() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            html.append("<img src='i").append(i).append(".png'><img src='i").append(i).append(".png'>");
        }

        ParsedPage page = PageParser.parse(html.toString().getBytes(StandardCharsets.UTF_8), PAGE, 4);

        assertThat(page.items()).hasSize(4);
        assertThat(page.items().last().address().canonical()).endsWith("/i3.png");
        assertThat(page.omitted()).isEqualTo(6);
    }

    @Test
    void malformed_markup_is_read_as_a_browser_reads_it() {
        ParsedPage page = parse("<html><title>broken</title><body><div><img src=one.jpg <p><img src='two.png'"
                + "<table><tr><td><img src=three.gif></tr></div></span>\u0000<img src=four.webp");

        assertThat(page.items().map(item -> item.address().canonical().replaceAll(".*/", "")))
                .containsExactly("one.jpg", "two.png", "three.gif"); // a tag cut off by the end of the page is dropped, as browsers do
        assertThat(page.title()).contains("broken");
    }

    @Test
    void nothing_that_is_not_http_is_kept() {
        ParsedPage page = parse("<img src='data:image/png;base64,AAAA'><img src='javascript:alert(1)'>"
                + "<img src='ftp://files.example/x.jpg'><img src='file:///etc/passwd'><img src=''><img src='   '>");

        assertThat(page.items()).isEmpty();
    }

    @Test
    void the_character_set_of_the_page_is_honoured() {
        byte[] latin1 = "<meta charset='iso-8859-1'><title>caf\u00e9</title><img src='caf\u00e9.jpg'>"
                .getBytes(StandardCharsets.ISO_8859_1);

        ParsedPage page = PageParser.parse(latin1, PAGE, 10);

        assertThat(page.title()).contains("caf\u00e9");
        assertThat(page.items().get(0).address().canonical()).endsWith("/caf%C3%A9.jpg");
    }

    @Test
    void srcset_candidates_are_split_on_commas_outside_their_addresses() {
        assertThat(PageParser.srcsetAddresses("a.jpg 1x,b.jpg 2x, c.jpg, d.jpg 640w , e.jpg"))
                .containsExactly("a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg");
        assertThat(PageParser.srcsetAddresses("img.jpg?w=100,200 1x")).containsExactly("img.jpg?w=100,200");
        assertThat(PageParser.srcsetAddresses("  ")).isEmpty();
    }

    @Test
    void links_name_media_files_by_their_extension() {
        assertThat(PageParser.namesMediaFile("/x/photo.jpg")).isTrue();
        assertThat(PageParser.namesMediaFile("clip.MP4?t=3#frag")).isTrue();
        assertThat(PageParser.namesMediaFile("/photo.jpg/view")).isFalse();
        assertThat(PageParser.namesMediaFile("/page.html")).isFalse();
        assertThat(PageParser.namesMediaFile("/folder.jpg/")).isFalse();
        assertThat(PageParser.namesMediaFile("https://example.org")).isFalse();
    }

    @Test
    void a_page_without_a_title_has_none() {
        assertThat(parse("<p>no title</p>").title()).isEmpty();
        assertThat(found(parse("<p>no title</p>"))).isEmpty();
        assertThat(parse("<title>  </title>").title()).isEmpty();
        assertThat(ItemSource.values()).hasSize(9);
    }
}
