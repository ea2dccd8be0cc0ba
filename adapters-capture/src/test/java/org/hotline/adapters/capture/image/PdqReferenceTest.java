package org.hotline.adapters.capture.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hotline.domain.fingerprint.Dihedral;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.fingerprint.PdqVariants;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The PDQ criteria of the shared test pictures (their README): hashes within 10 bits of the reference for pictures of
 * quality 80 or more, qualities within 5, turned and mirrored copies found through the dihedral variants, modified
 * copies within the matching distance of 31 bits, and unrelated pictures far apart. Skipped without the pictures.
 */
class PdqReferenceTest {

    private static final ImageFingerprinter FINGERPRINTER = new ImageFingerprinter();
    private static final String ORIGINAL = "dih/bridge-1-original.jpg";
    private static final Map<Dihedral, String> TURNED = Map.of(
            Dihedral.ROTATE_90, "dih/bridge-2-rotate-90.jpg",
            Dihedral.ROTATE_180, "dih/bridge-3-rotate-180.jpg",
            Dihedral.ROTATE_270, "dih/bridge-4-rotate-270.jpg",
            Dihedral.FLIP_X, "dih/bridge-5-flipx.jpg",
            Dihedral.FLIP_Y, "dih/bridge-6-flipy.jpg",
            Dihedral.FLIP_PLUS_1, "dih/bridge-7-flip-plus-1.jpg",
            Dihedral.FLIP_MINUS_1, "dih/bridge-8-flip-minus-1.jpg");

    private static PdqFingerprint hash(String name) {
        return FINGERPRINTER.examine(SharedPictures.read(name)).get().pdq();
    }

    @TestFactory
    Stream<DynamicTest> every_picture_hashes_as_the_reference_does() {
        return SharedPictures.expected().stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            PdqFingerprint reference = new PdqFingerprint(PdqHash.parse(row[1]).get(), Integer.parseInt(row[2]));
            PdqFingerprint ours = hash(row[0]);
            assertThat(ours.quality()).as("quality").isBetween(reference.quality() - 5, reference.quality() + 5);
            assertThat(ours.matchable()).as("above the usual cut-off").isEqualTo(reference.matchable());
            if (reference.quality() >= 80) {
                assertThat(ours.hash().distance(reference.hash())).as("bits from the reference").isLessThanOrEqualTo(10);
            }
        }));
    }

    @Test
    void the_reference_list_covers_every_kind_of_picture_in_the_folder() {
        List<String> names = SharedPictures.expected().stream().map(row -> row[0]).toList();
        assertThat(names).contains(ORIGINAL, "pen-and-coaster.png", "misc/small.jpg", "labelme-subset/q0003.jpg")
                .containsAll(TURNED.values());
    }

    @TestFactory
    Stream<DynamicTest> each_variant_of_the_bridge_is_the_hash_of_the_turned_or_mirrored_file() {
        PdqVariants variants = FINGERPRINTER.variants(SharedPictures.read(ORIGINAL)).get();
        PdqHash original = variants.hash(Dihedral.ORIGINAL);
        return TURNED.entrySet().stream().map(turned -> DynamicTest.dynamicTest(turned.getKey().name(), () -> {
            PdqHash file = hash(turned.getValue()).hash();
            assertThat(variants.hash(turned.getKey()).distance(file)).as("variant against file").isLessThanOrEqualTo(10);
            assertThat(original.distance(file)).as("the plain hashes are far apart").isGreaterThan(100);
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_modified_bridge_matches_the_original() throws IOException {
        PdqHash original = hash(ORIGINAL).hash();
        Path folder = SharedPictures.folderOrSkip().resolve("bridge-mods");
        List<Path> modified;
        try (Stream<Path> files = Files.list(folder)) {
            modified = files.filter(file -> file.toString().endsWith(".jpg")).sorted().toList();
        }
        assertThat(modified).hasSizeGreaterThanOrEqualTo(10);
        return modified.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertThat(hash("bridge-mods/" + file.getFileName()).hash().distance(original)).isLessThanOrEqualTo(31)));
    }

    @Test
    void unrelated_pictures_are_far_apart() {
        List<String> unrelated = List.of(ORIGINAL, "labelme-subset/q0122.jpg", "labelme-subset/q0291.jpg",
                "labelme-subset/q0746.jpg", "labelme-subset/q1050.jpg", "labelme-subset/q2821.jpg", "misc/wee.jpg",
                "pen-and-coaster.png");
        List<PdqHash> hashes = unrelated.stream().map(name -> hash(name).hash()).toList();
        for (int i = 0; i < hashes.size(); i++) {
            for (int j = i + 1; j < hashes.size(); j++) {
                assertThat(hashes.get(i).distance(hashes.get(j))).as(unrelated.get(i) + " against " + unrelated.get(j))
                        .isGreaterThan(90);
            }
        }
    }

    @Test
    void the_y_channel_of_a_large_jpeg_hashes_as_its_colours_do() {
        // The bridges are 1.6 megapixels, hashed from their Y channel; decoded into colours, they hash the same.
        for (String name : List.of(ORIGINAL, "bridge-mods/high-saturation.jpg", "bridge-mods/sharpen-a-lot.jpg")) {
            byte[] content = SharedPictures.read(name);
            PictureDecoder decoder = new PictureDecoder(ImageLimits.DEFAULT, Decoders.installed());
            PictureDecoder.Header header = decoder.header(content).get();
            assertThat(header.hasLuminanceChannel()).as(name + " is read from its Y channel").isTrue();
            PdqHash colours = TestPictures.hashOf(decoder.picture(content, header, 1).get()).hash();
            assertThat(hash(name).hash().distance(colours)).as(name).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void a_bridge_stored_on_its_side_is_hashed_upright() {
        // Orientation 8: stored turned clockwise, shown turned back a quarter counter-clockwise, which is the file
        // turned 90 degrees: its size is swapped and its hash is the turned file's.
        byte[] sideways = TestPictures.withExifOrientation(SharedPictures.read(ORIGINAL), 8);
        ExaminedImage upright = FINGERPRINTER.examine(sideways).get();
        assertThat(upright.width()).isEqualTo(1004);
        assertThat(upright.height()).isEqualTo(1600);
        assertThat(upright.pdq().hash().distance(hash(TURNED.get(Dihedral.ROTATE_90)).hash())).isLessThanOrEqualTo(10);
    }
}
