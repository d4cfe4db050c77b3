//! One photo, decoded and re-encoded: orientation applied to the pixels,
//! resized, written as WebP and JPEG (PNG for pictures with transparency).
//! Encoders write pixels only, so no EXIF (GPS, time, phone), XMP, IPTC,
//! comment or embedded thumbnail of the original reaches the output.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

/// What keng writes a variant as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// Lossy WebP: the first choice of every current browser.
    Webp,
    /// The fallback for photos.
    Jpeg,
    /// The fallback for pictures with transparency (graphics, logos).
    Png,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }
}

/// Why a file cannot be used as a picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not JPEG, PNG or WebP (or not an image at all).
    UnknownFormat,
    /// Larger than the site allows (a decompression bomb, or a scan).
    TooLarge {
        width: u32,
        height: u32,
        max_megapixels: u32,
    },
    /// Truncated or damaged.
    Broken(String),
}

impl Problem {
    /// The problem in words.
    pub fn message(&self) -> crate::messages::Message {
        use crate::messages::msg;
        match self {
            Problem::UnknownFormat => msg!("image-unknown-format"),
            Problem::TooLarge {
                width,
                height,
                max_megapixels,
            } => msg!(
                "image-too-large",
                width = width.to_string(),
                height = height.to_string(),
                max = *max_megapixels
            ),
            Problem::Broken(why) => msg!("image-broken", detail = why),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// What a photo's header says: its size the right way up, and whether it
/// has an alpha channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub width: u32,
    pub height: u32,
    pub alpha: bool,
}

/// Reads the header of the photo at `path` (its pixels are not decoded).
pub fn read_header(path: &std::path::Path, max_megapixels: u32) -> Result<Header, Problem> {
    use image::metadata::Orientation::*;
    let reader = ImageReader::open(path)
        .and_then(|r| r.with_guessed_format())
        .map_err(|e| Problem::Broken(e.to_string()))?;
    let (decoder, orientation) = checked_decoder(reader, max_megapixels)?;
    let (width, height) = decoder.dimensions();
    let alpha = decoder.color_type().has_alpha();
    let turned = matches!(orientation, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH);
    Ok(if turned {
        Header {
            width: height,
            height: width,
            alpha,
        }
    } else {
        Header { width, height, alpha }
    })
}

/// A decoder for a JPEG, PNG or WebP picture of at most `max_megapixels`
/// (checked from the header, before any pixel is allocated), with its
/// EXIF orientation.
fn checked_decoder<'a, R: std::io::BufRead + std::io::Seek + 'a>(
    reader: ImageReader<R>,
    max_megapixels: u32,
) -> Result<(impl ImageDecoder + 'a, image::metadata::Orientation), Problem> {
    let known = matches!(
        reader.format(),
        Some(image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::WebP)
    );
    if !known {
        return Err(Problem::UnknownFormat);
    }
    let mut decoder = reader.into_decoder().map_err(|e| Problem::Broken(e.to_string()))?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > u64::from(max_megapixels) * 1_000_000 {
        return Err(Problem::TooLarge {
            width,
            height,
            max_megapixels,
        });
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(u64::from(max_megapixels) * 1_000_000 * 8 + (64 << 20));
    decoder.set_limits(limits).map_err(|e| Problem::Broken(e.to_string()))?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    Ok((decoder, orientation))
}

/// A source picture: its pixels the right way up.
pub struct Picture {
    pub pixels: DynamicImage,
}

impl Picture {
    /// Decodes `bytes`, refusing pictures over `max_megapixels` before
    /// their pixels are allocated, and turns them the way their EXIF
    /// orientation says.
    pub fn decode(bytes: &[u8], max_megapixels: u32) -> Result<Picture, Problem> {
        let reader = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| Problem::Broken(e.to_string()))?;
        let (decoder, orientation) = checked_decoder(reader, max_megapixels)?;
        let mut pixels = DynamicImage::from_decoder(decoder).map_err(|e| Problem::Broken(e.to_string()))?;
        pixels.apply_orientation(orientation);
        Ok(Picture { pixels })
    }

    pub fn width(&self) -> u32 {
        self.pixels.width()
    }

    pub fn height(&self) -> u32 {
        self.pixels.height()
    }

    /// Whether any pixel is not fully opaque.
    pub fn has_transparency(&self) -> bool {
        match &self.pixels {
            DynamicImage::ImageRgba8(p) => p.pixels().any(|px| px.0[3] < 255),
            DynamicImage::ImageLumaA8(p) => p.pixels().any(|px| px.0[1] < 255),
            DynamicImage::ImageRgba16(p) => p.pixels().any(|px| px.0[3] < u16::MAX),
            DynamicImage::ImageLumaA16(p) => p.pixels().any(|px| px.0[1] < u16::MAX),
            DynamicImage::ImageRgba32F(p) => p.pixels().any(|px| px.0[3] < 1.0),
            _ => false,
        }
    }

    /// The fallback format for browsers without WebP.
    pub fn fallback(&self) -> Format {
        if self.has_transparency() {
            Format::Png
        } else {
            Format::Jpeg
        }
    }

    /// The size of the picture scaled to `width` (never wider than it is).
    pub fn scaled_size(&self, width: u32) -> (u32, u32) {
        let width = width.min(self.width()).max(1);
        let height = (u64::from(self.height()) * u64::from(width)).div_ceil(u64::from(self.width()).max(1));
        (width, (height as u32).max(1))
    }

    /// The picture at `width` pixels (never upscaled), encoded as `format`
    /// at `quality` (1–100, for the lossy formats).
    pub fn encode(&self, width: u32, format: Format, quality: u8) -> Result<Vec<u8>, Problem> {
        let (w, h) = self.scaled_size(width);
        let resized = if w == self.width() {
            self.pixels.clone()
        } else {
            self.pixels.resize_exact(w, h, image::imageops::FilterType::Lanczos3)
        };
        encode(&resized, format, quality)
    }

    /// The picture cropped to `width`×`height` around its centre (a
    /// social-sharing card), scaled down first where it is larger.
    pub fn encode_cover(&self, width: u32, height: u32, format: Format, quality: u8) -> Result<Vec<u8>, Problem> {
        let cover = self
            .pixels
            .resize_to_fill(width, height, image::imageops::FilterType::Lanczos3);
        encode(&cover, format, quality)
    }
}

fn encode(pixels: &DynamicImage, format: Format, quality: u8) -> Result<Vec<u8>, Problem> {
    let quality = quality.clamp(1, 100);
    let mut out = Vec::new();
    match format {
        Format::Webp => {
            let rgba;
            let rgb;
            let encoder = if pixels.color().has_alpha() {
                rgba = DynamicImage::ImageRgba8(pixels.to_rgba8());
                webp::Encoder::from_image(&rgba)
            } else {
                rgb = DynamicImage::ImageRgb8(pixels.to_rgb8());
                webp::Encoder::from_image(&rgb)
            }
            .map_err(|e| Problem::Broken(e.to_string()))?;
            // `encode` would panic where libwebp refuses (a side over 16,383 px).
            let webp = encoder.encode_simple(false, f32::from(quality)).map_err(|e| {
                Problem::Broken(format!("WebP cannot hold it ({e:?}); a side may be over 16,383 pixels"))
            })?;
            out.extend_from_slice(&webp);
        }
        Format::Jpeg => {
            let rgb = pixels.to_rgb8();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
                .encode_image(&rgb)
                .map_err(|e| Problem::Broken(e.to_string()))?;
        }
        Format::Png => {
            pixels
                .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
                .map_err(|e| Problem::Broken(e.to_string()))?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::testdata;

    #[test]
    fn orientation_is_applied_and_metadata_is_gone() {
        // 40×20, left half red; EXIF says "rotate 90° clockwise to view" (6).
        let photo = testdata::photo_with_exif(40, 20, 6);
        assert!(
            testdata::gps_latitude(&photo).is_some(),
            "the fixture carries a GPS position"
        );
        assert!(testdata::contains(&photo, testdata::THUMBNAIL_MARK), "and a thumbnail");
        let picture = Picture::decode(&photo, 100).unwrap();
        assert_eq!((picture.width(), picture.height()), (20, 40));
        for format in [Format::Webp, Format::Jpeg, Format::Png] {
            let out = picture.encode(20, format, 80).unwrap();
            assert!(!testdata::has_exif(&out), "{format:?} carries no EXIF");
            assert_eq!(testdata::gps_latitude(&out), None, "{format:?}");
            assert!(
                !testdata::contains(&out, testdata::THUMBNAIL_MARK),
                "{format:?}: no thumbnail"
            );
            let back = image::load_from_memory(&out).unwrap().to_rgb8();
            assert_eq!(back.dimensions(), (20, 40), "{format:?}");
            // The red half was on the left; turned clockwise it is on top.
            let top = back.get_pixel(10, 5).0;
            let bottom = back.get_pixel(10, 35).0;
            assert!(top[0] > 200 && top[2] < 60, "{format:?}: top {top:?}");
            assert!(bottom[2] > 200 && bottom[0] < 60, "{format:?}: bottom {bottom:?}");
        }
    }

    #[test]
    fn never_upscaled() {
        let picture = Picture::decode(&testdata::photo_with_exif(40, 20, 1), 100).unwrap();
        assert_eq!(picture.scaled_size(800), (40, 20));
        assert_eq!(picture.scaled_size(10), (10, 5));
    }

    #[test]
    fn bombs_and_non_images_are_refused() {
        let big = testdata::png_header_only(20_000, 20_000);
        assert!(matches!(Picture::decode(&big, 100), Err(Problem::TooLarge { .. })));
        assert_eq!(
            Picture::decode(b"not a picture", 100).err(),
            Some(Problem::UnknownFormat)
        );
        let photo = testdata::photo_with_exif(40, 20, 1);
        let truncated = &photo[..photo.len() / 2];
        assert!(matches!(Picture::decode(truncated, 100), Err(Problem::Broken(_))));
    }

    #[test]
    fn a_picture_webp_cannot_hold_is_an_error_not_a_panic() {
        let tall = image::GrayImage::new(4, 17_000);
        let mut png = Vec::new();
        DynamicImage::ImageLuma8(tall)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let picture = Picture::decode(&png, 100).unwrap();
        assert!(matches!(picture.encode(4, Format::Webp, 78), Err(Problem::Broken(_))));
        assert!(picture.encode(4, Format::Png, 78).is_ok());
    }

    #[test]
    fn transparency_chooses_png() {
        let mut rgba = image::RgbaImage::new(4, 4);
        rgba.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
        let mut png = Vec::new();
        DynamicImage::ImageRgba8(rgba)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert_eq!(Picture::decode(&png, 100).unwrap().fallback(), Format::Png);
        let photo = testdata::photo_with_exif(8, 8, 1);
        assert_eq!(Picture::decode(&photo, 100).unwrap().fallback(), Format::Jpeg);
    }
}
