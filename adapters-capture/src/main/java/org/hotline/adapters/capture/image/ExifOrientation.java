package org.hotline.adapters.capture.image;

import java.util.Arrays;

import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import org.hotline.domain.fingerprint.Dihedral;

/**
 * The way up of a JPEG photograph, from the orientation tag of its EXIF block (read with metadata-extractor). A
 * camera held on its side stores the picture sideways and says so here; browsers turn it upright, and so do we
 * before hashing, so that the hash is that of the picture people see. A missing, unreadable or nonsensical tag means
 * the picture is stored upright.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static Dihedral upright(byte[] content, JpegStructure jpeg) {
        if (!jpeg.hasExif()) {
            return Dihedral.ORIGINAL;
        }
        byte[] tiff = Arrays.copyOfRange(content, jpeg.exifOffset(), jpeg.exifOffset() + jpeg.exifLength());
        try {
            Metadata metadata = new Metadata();
            new ExifReader().extract(new ByteArrayReader(tiff), metadata);
            ExifIFD0Directory directory = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer orientation = directory == null ? null : directory.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation == null ? Dihedral.ORIGINAL : Dihedral.fromExifOrientation(orientation);
        } catch (RuntimeException unreadable) {
            return Dihedral.ORIGINAL;
        }
    }
}
