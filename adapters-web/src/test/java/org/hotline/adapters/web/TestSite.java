package org.hotline.adapters.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vavr.control.Either;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.FetchContent;
import org.hotline.domain.capture.FetchedContent;
import org.hotline.domain.capture.KeptHeaders;
import org.hotline.domain.capture.preview.PreviewImage;
import org.hotline.domain.capture.preview.RenderPreview;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.testing.TestCaptures;

/**
 * A made-up site for the web adapter's tests of previews: the content at each address, as a test puts it there, and
 * "previews" whose bytes say what they were made of ({@code blurred:<content>} or {@code revealed:<content>}), so that
 * a test sees which kind was sent. Nothing leaves the process.
 */
final class TestSite implements FetchContent, RenderPreview {

    private final Map<String, byte[]> content = new ConcurrentHashMap<>();

    /** Puts this content at the address. */
    void put(String address, byte[] bytes) {
        content.put(address, bytes.clone());
    }

    @Override
    public Either<CaptureFailure, FetchedContent> fetch(ReportedUrl address) {
        byte[] bytes = content.get(address.canonical());
        if (bytes == null) {
            return Either.left(new CaptureFailure.Unsuccessful(404));
        }
        return Either.right(new FetchedContent(new Answer(address, TestCaptures.SERVER, 200, KeptHeaders.NONE,
                ContentType.JPEG, bytes.length), bytes));
    }

    @Override
    public Either<String, PreviewImage> blurred(byte[] bytes) {
        return Either.right(made("blurred:", bytes));
    }

    @Override
    public Either<String, PreviewImage> revealed(byte[] bytes) {
        return Either.right(made("revealed:", bytes));
    }

    private static PreviewImage made(String kind, byte[] bytes) {
        return new PreviewImage((kind + new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1),
                4, 3);
    }
}
