package org.hotline.adapters.capture.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.hotline.domain.capture.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {

    /** Hexadecimal bytes, or text after "text:". */
    private static byte[] bytes(String spec) {
        if (spec.startsWith("text:")) {
            return spec.substring(5).replace("\\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        }
        return java.util.HexFormat.of().parseHex(spec.replace(" ", ""));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ffd8ffe000104a464946                                         | JPEG
            89504e470d0a1a0a0000000d49484452                             | PNG
            474946383961                                                 | GIF
            474946383761                                                 | GIF
            52494646 24000000 57454250 565038                            | WEBP
            52494646 24000000 41564920 4c495354                          | AVI
            424d 36000000 00000000 36000000 28000000                     | BMP
            49492a00 08000000                                            | TIFF
            4d4d002a 00000008                                            | TIFF
            00000100 0100 1010 0000                                      | ICO
            00000018 66747970 69736f6d 00000200 69736f6d                 | MP4
            00000018 66747970 6d703432 00000000 6d703432                 | MP4
            00000014 66747970 71742020 00000000                          | QUICKTIME
            0000001c 66747970 61766966 00000000 61766966 6d696631        | AVIF
            00000018 66747970 68656963 00000000 6d696631                 | HEIC
            00000018 66747970 6d696631 00000000 61766966                 | AVIF
            1a45dfa3 9f4286810142f7810142f2810442f381084282847765626d    | WEBM
            1a45dfa3 a34286810142f7810142f2810442f381084282886d6174726f736b61 | MATROSKA
            000001ba 44000400                                            | MPEG
            464c5601 05000000                                            | FLV
            255044462d312e37                                             | PDF
            504b0304 14000000                                            | ZIP
            text:<!DOCTYPE html><html>                                   | HTML
            text:  \\n<html lang=en>                                     | HTML
            text:<HTML><BODY>                                            | HTML
            text:<!-- comment --><p>                                     | HTML
            text:Hello there, see <img src=a.png>                        | HTML
            text:<svg xmlns='http://www.w3.org/2000/svg'>                | SVG
            text:<?xml version='1.0'?><svg>                              | SVG
            text:just words                                              | TEXT
            424d 00ff                                                    | UNKNOWN
            00010203                                                     | UNKNOWN
            text:BM but only text                                        | TEXT
            """)
    void the_type_is_read_from_the_first_bytes(String spec, ContentType expected) {
        assertThat(ContentSniffer.sniff(bytes(spec))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ffd8ff,JPEG", "ff,TEXT", "00,UNKNOWN", "'',UNKNOWN"})
    void short_bodies_are_sniffed_without_reading_past_their_end(String hex, ContentType expected) {
        assertThat(ContentSniffer.sniff(java.util.HexFormat.of().parseHex(hex))).isEqualTo(expected);
    }
}
