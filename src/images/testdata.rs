//! Photos for tests, made here: a JPEG whose EXIF block carries an
//! orientation, a GPS position and an embedded thumbnail (as phone photos
//! do), and a PNG header that claims a huge size.

use std::io::Cursor;

/// Written into the embedded thumbnail, to find it in an output.
pub const THUMBNAIL_MARK: &[u8] = b"KENG-THUMBNAIL";

/// A `width`×`height` JPEG, left half red and right half blue, with EXIF:
/// `orientation` (1–8), a GPS latitude and a thumbnail.
pub fn photo_with_exif(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            image::Rgb([230, 20, 20])
        } else {
            image::Rgb([20, 20, 230])
        }
    });
    let jpeg = jpeg(&pixels);
    let mut out = jpeg[..2].to_vec();
    out.extend(app1(&exif(orientation)));
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn jpeg(pixels: &image::RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95)
        .encode_image(pixels)
        .unwrap();
    out
}

fn app1(tiff: &[u8]) -> Vec<u8> {
    let mut seg = vec![0xFF, 0xE1];
    let len = (2 + 6 + tiff.len()) as u16;
    seg.extend(len.to_be_bytes());
    seg.extend(b"Exif\0\0");
    seg.extend(tiff);
    seg
}

/// An IFD entry: tag, type, count, value or offset (big-endian).
fn entry(out: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]) {
    out.extend(tag.to_be_bytes());
    out.extend(kind.to_be_bytes());
    out.extend(count.to_be_bytes());
    out.extend(value);
}

/// A big-endian TIFF block: IFD0 (orientation, GPS pointer), the GPS IFD
/// (latitude 11°44'N), IFD1 (the thumbnail).
fn exif(orientation: u16) -> Vec<u8> {
    const SHORT: u16 = 3;
    const LONG: u16 = 4;
    const ASCII: u16 = 2;
    const RATIONAL: u16 = 5;
    let (ifd0, gps, lat, ifd1, thumb_at) = (8u32, 38u32, 68u32, 92u32, 122u32);
    let mut thumb = jpeg(&image::RgbImage::from_pixel(8, 8, image::Rgb([9, 9, 9])));
    // A comment segment holding the mark, right after SOI.
    let mut com = vec![0xFF, 0xFE];
    com.extend(((2 + THUMBNAIL_MARK.len()) as u16).to_be_bytes());
    com.extend(THUMBNAIL_MARK);
    thumb.splice(2..2, com);

    let mut t = b"MM\0\x2A".to_vec();
    t.extend(ifd0.to_be_bytes());
    t.extend(2u16.to_be_bytes());
    let o = orientation.to_be_bytes();
    entry(&mut t, 0x0112, SHORT, 1, [o[0], o[1], 0, 0]);
    entry(&mut t, 0x8825, LONG, 1, gps.to_be_bytes());
    t.extend(ifd1.to_be_bytes());
    assert_eq!(t.len() as u32, gps);
    t.extend(2u16.to_be_bytes());
    entry(&mut t, 0x0001, ASCII, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, RATIONAL, 3, lat.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    for (num, den) in [(11u32, 1u32), (44, 1), (0, 1)] {
        t.extend(num.to_be_bytes());
        t.extend(den.to_be_bytes());
    }
    assert_eq!(t.len() as u32, ifd1);
    t.extend(2u16.to_be_bytes());
    entry(&mut t, 0x0201, LONG, 1, thumb_at.to_be_bytes());
    entry(&mut t, 0x0202, LONG, 1, (thumb.len() as u32).to_be_bytes());
    t.extend(0u32.to_be_bytes());
    assert_eq!(t.len() as u32, thumb_at);
    t.extend(thumb);
    t
}

/// Whether an EXIF reader finds an EXIF block in `bytes` (JPEG, PNG, WebP).
pub fn has_exif(bytes: &[u8]) -> bool {
    exif::Reader::new().read_from_container(&mut Cursor::new(bytes)).is_ok()
}

/// The GPS latitude an EXIF reader finds in `bytes`, if any.
pub fn gps_latitude(bytes: &[u8]) -> Option<String> {
    let exif = exif::Reader::new().read_from_container(&mut Cursor::new(bytes)).ok()?;
    let field = exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)?;
    Some(field.display_value().to_string())
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A PNG that says it is `width`×`height` and has almost no data.
pub fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &[0x78, 0x9C, 0x03, 0x00]);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    let mut crc_input = kind.to_vec();
    crc_input.extend(data);
    out.extend(&crc_input);
    out.extend(crc32(&crc_input).to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
