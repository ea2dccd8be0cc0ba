package org.hotline.adapters.capture.image;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Which ImageIO plug-in reads which format, chosen once by name rather than left to the registry's order: the JDK's
 * own for PNG, GIF and the luminance of ordinary JPEGs (the PDQ reference decodes with it, so hashes agree bit for
 * bit), TwelveMonkeys' for the JPEG variants the JDK cannot read (CMYK, YCCK, broken colour profiles), for WebP, and
 * for BMP. A missing plug-in is a packaging error, reported when the decoders are first looked up.
 */
final class Decoders {

    static {
        // Never let ImageIO spill a stream to a temporary file: nothing fetched may reach the disk.
        ImageIO.setUseCache(false);
    }

    private final ImageReaderSpi jpegLuminance;
    private final Map<ImageFormat, ImageReaderSpi> pictures = new EnumMap<>(ImageFormat.class);

    private Decoders() {
        jpegLuminance = find("jpeg", "com.sun.imageio.plugins.jpeg.");
        pictures.put(ImageFormat.JPEG, find("jpeg", "com.twelvemonkeys.imageio.plugins.jpeg."));
        pictures.put(ImageFormat.PNG, find("png", "com.sun.imageio.plugins.png."));
        pictures.put(ImageFormat.GIF, find("gif", "com.sun.imageio.plugins.gif."));
        pictures.put(ImageFormat.WEBP, find("webp", "com.twelvemonkeys.imageio.plugins.webp."));
        pictures.put(ImageFormat.BMP, find("bmp", "com.twelvemonkeys.imageio.plugins.bmp."));
    }

    private static final class Holder {
        static final Decoders INSTANCE = new Decoders();
    }

    /** The decoders of this class path. */
    static Decoders installed() {
        return Holder.INSTANCE;
    }

    /** A new reader of the JDK's JPEG decoder, which can hand over a JPEG's Y channel undecoded into colours. */
    ImageReader jpegLuminance() {
        return create(jpegLuminance);
    }

    /** A new reader of the format, for a full decode into colours. */
    ImageReader pictures(ImageFormat format) {
        return create(pictures.get(format));
    }

    private static ImageReader create(ImageReaderSpi provider) {
        try {
            return provider.createReaderInstance();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the " + provider.getDescription(java.util.Locale.ROOT)
                    + " could not be started", e);
        }
    }

    private static ImageReaderSpi find(String formatName, String packagePrefix) {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerApplicationClasspathSpis();
        Iterator<ImageReaderSpi> providers = registry.getServiceProviders(ImageReaderSpi.class, true);
        while (providers.hasNext()) {
            ImageReaderSpi provider = providers.next();
            if (provider.getClass().getName().startsWith(packagePrefix)
                    && java.util.Arrays.asList(provider.getFormatNames()).contains(formatName)) {
                return provider;
            }
        }
        throw new IllegalStateException("no " + formatName + " decoder from " + packagePrefix
                + " is on the class path; the capture adapter needs it");
    }
}
