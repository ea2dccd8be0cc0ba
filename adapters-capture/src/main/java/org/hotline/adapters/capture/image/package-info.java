/**
 * Pictures in memory: recognise the format from the bytes, check the size announced by the header before decoding,
 * decode (JPEG with its EXIF orientation, CMYK and YCCK JPEG, PNG, GIF's first frame, WebP, BMP), and compute the
 * PDQ hash and the fingerprints; or make the blurred greyscale preview shown on the case page. Nothing read or made
 * here is written anywhere: ImageIO's disk cache is turned off, and every stream is over a byte array.
 */
package org.hotline.adapters.capture.image;
