package org.hotline.adapters.capture.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.Dimensions;
import org.hotline.domain.capture.Examination;
import org.junit.jupiter.api.Test;

class ImageExaminerTest {

    private final ImageExaminer examiner = new ImageExaminer(ImageLimits.DEFAULT);
    private final byte[] jpeg = TestPictures.jpeg(TestPictures.scene(400, 300, 4), 0.9f);

    @Test
    void a_picture_gives_its_size_as_shown_and_its_pdq_hash() {
        Examination examination = examiner.examine(ContentType.JPEG, TestPictures.withExifOrientation(jpeg, 6)).get();
        assertThat(examination.dimensions()).isEqualTo(new Dimensions(300, 400));
        ExaminedImage direct = new ImageFingerprinter().examine(TestPictures.withExifOrientation(jpeg, 6)).get();
        assertThat(examination.pdq()).isEqualTo(direct.pdq());
    }

    @Test
    void what_does_not_decode_gets_the_reason() {
        assertThat(examiner.examine(ContentType.PNG, ImageRefusalsTest.png(100_000, 100_000, new byte[4])).getLeft())
                .contains("100000 x 100000");
        assertThat(examiner.examine(ContentType.TIFF, new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}).getLeft())
                .contains("not a JPEG, PNG, GIF, WebP or BMP");
        assertThat(examiner.examine(ContentType.JPEG, java.util.Arrays.copyOf(jpeg, 100)).getLeft()).contains("truncated");
    }
}
