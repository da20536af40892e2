//! A signature image, decoded and encoded again before it is kept (issue 16). A phone's photo
//! carries where it was taken (EXIF GPS), when, and the phone's make, model and serial; a file
//! can carry anything else after or between its pictures. None of it is the county's business
//! and all of it would be kept for the election's life. So only the pixels cross: the voter's
//! PNG, JPEG, HEIC or PDF scan is decoded within limits, turned upright by its own orientation,
//! scaled down to a scanned page's size, and written anew as a PNG (what was a PNG: a drawing
//! or a screenshot, kept lossless) or a JPEG (a photo). What the county sees, hashes and
//! prints is that new file, which says nothing but the picture.

use std::io::Cursor;

use ballot_shared::cure::{CureError, ImageFormat, MAX_IMAGE_PIXELS};
use image::{DynamicImage, ImageDecoder, ImageReader, Limits, RgbaImage};

/// The longest side kept, in pixels: a US Letter page scanned at 300 dpi, what a county's
/// own scanner makes of the paper statement. A larger photo is scaled down; a signature's
/// stroke stays several pixels wide.
pub const MAX_KEPT_SIDE: u32 = 3300;

/// The quality a photo is written at: high enough that the pen's edges do not smear for the
/// county's comparison, and a 3300-pixel photo stays about 1–2 MB.
const JPEG_QUALITY: u8 = 90;

/// The most any one decode may allocate. A 50-megapixel photo decodes to 150 MB as RGB and
/// 200 MB as RGBA (a HEIC), and scaling it down takes a copy of a third of that.
const MAX_DECODE_BYTES: u64 = 320 * 1024 * 1024;

/// Decodes at once, across the instance: each may hold `MAX_DECODE_BYTES` and a core for a
/// second or two, so two bound the memory to well under a gigabyte whatever arrives together.
/// The others wait their turn (a voter waits seconds, never fails).
pub const DECODES_AT_ONCE: usize = 2;
static DECODES: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(DECODES_AT_ONCE);

/// The most a PDF's cross-reference stream may inflate to while it is opened: 20 bytes an
/// object, for 50,000 objects, where a scan has a dozen.
const MAX_PDF_XREF_BYTES: usize = 1024 * 1024;

/// The image as it is kept: decoded, upright, at most `MAX_KEPT_SIDE` on its longer side, and
/// encoded again as a PNG or a JPEG. Off the async threads, at most `DECODES_AT_ONCE` at once.
pub async fn reencode(
    format: ImageFormat,
    bytes: Vec<u8>,
) -> Result<(ImageFormat, Vec<u8>), CureError> {
    let turn = DECODES
        .acquire()
        .await
        .map_err(|_| CureError::ImageUnreadable)?;
    // The turn goes with the decode, not with the request: a request that times out or whose
    // client leaves cannot stop a decode that started, so it must not let another start.
    tokio::task::spawn_blocking(move || {
        let _turn = turn;
        reencode_now(format, &bytes)
    })
    .await
    // A decoder that panicked on a hostile file refuses that file, nothing more.
    .unwrap_or(Err(CureError::ImageUnreadable))
}

/// `reencode`, on the calling thread.
pub fn reencode_now(
    format: ImageFormat,
    bytes: &[u8],
) -> Result<(ImageFormat, Vec<u8>), CureError> {
    let picture = decode(format, bytes)?;
    let picture = scaled_down(picture);
    let kept = if format == ImageFormat::Png {
        ImageFormat::Png
    } else {
        ImageFormat::Jpeg
    };
    let mut out = Cursor::new(Vec::new());
    let written = match kept {
        ImageFormat::Png => picture.write_to(&mut out, image::ImageFormat::Png),
        // JPEG has no alpha: a transparent pixel becomes white, as on paper.
        _ => image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .encode_image(&on_white(picture)),
    };
    written.map_err(|_| CureError::ImageUnreadable)?;
    Ok((kept, out.into_inner()))
}

fn decode(format: ImageFormat, bytes: &[u8]) -> Result<DynamicImage, CureError> {
    match format {
        ImageFormat::Png => decode_raster(image::ImageFormat::Png, bytes, format.max_pixels()),
        ImageFormat::Jpeg => decode_raster(image::ImageFormat::Jpeg, bytes, format.max_pixels()),
        ImageFormat::Heic => decode_heic(bytes),
        ImageFormat::Pdf => decode_pdf_scan(bytes),
    }
}

fn too_many_pixels(width: u32, height: u32, most: u64) -> Result<(), CureError> {
    if width == 0 || height == 0 {
        return Err(CureError::ImageUnreadable);
    }
    if u64::from(width) * u64::from(height) > most {
        return Err(CureError::ImageTooManyPixels {
            max: most / 1_000_000,
        });
    }
    Ok(())
}

/// A PNG or a JPEG, turned upright by its EXIF orientation (a phone stores a portrait photo
/// on its side and says so there).
fn decode_raster(
    format: image::ImageFormat,
    bytes: &[u8],
    most: u64,
) -> Result<DynamicImage, CureError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader
        .into_decoder()
        .map_err(|_| CureError::ImageUnreadable)?;
    let (width, height) = decoder.dimensions();
    too_many_pixels(width, height, most)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture =
        DynamicImage::from_decoder(decoder).map_err(|_| CureError::ImageUnreadable)?;
    picture.apply_orientation(orientation);
    Ok(picture)
}

/// A HEIC: its size read from the primary item's `ispe` property before anything is decoded,
/// then decoded on this thread alone, in sRGB (an iPhone's Display P3 converted) at 8 bits.
/// Its rotation and mirroring are in the file's own properties, which the decoder applies.
fn decode_heic(bytes: &[u8]) -> Result<DynamicImage, CureError> {
    use heifer::heifer_isobmff::{boxes::Property, HeifFile};
    let file = HeifFile::parse(bytes).map_err(|_| CureError::ImageUnreadable)?;
    heic_is_a_photo(&file)?;
    let size = file
        .item_properties(file.primary_id)
        .map_err(|_| CureError::ImageUnreadable)?
        .find_map(|p| match p {
            Property::ImageSize { width, height } => Some((*width, *height)),
            _ => None,
        })
        .ok_or(CureError::ImageUnreadable)?;
    too_many_pixels(size.0, size.1, MAX_HEIC_PIXELS)?;
    let options = heifer::Options {
        max_threads: 1,
        max_pixels: MAX_HEIC_PIXELS,
    };
    let decoded = match heifer::decode_srgb_rgba8(bytes, &options) {
        // A colour space it cannot convert: the samples as coded still show a signature.
        Err(heifer::Error::Unsupported(_)) => heifer::decode_rgba8(bytes, &options),
        other => other,
    }
    .map_err(|_| CureError::ImageUnreadable)?;
    RgbaImage::from_raw(decoded.width, decoded.height, decoded.data)
        .map(DynamicImage::ImageRgba8)
        .ok_or(CureError::ImageUnreadable)
}

/// The most pixels a HEIC may have: heifer holds a picture three times over as it converts it
/// (16-bit samples, then RGBA, then sRGB), so 24 million (a 24-megapixel phone's photo; a
/// 48-megapixel one is refused with the advice to take it again) keep one decode under
/// `MAX_DECODE_BYTES`-ish, where 50 million would take 700 MB.
pub const MAX_HEIC_PIXELS: u64 = 24_000_000;

/// The most items a HEIC may hold: an iPhone's has its tiles (48 for a 12-megapixel photo),
/// a thumbnail, EXIF and a depth or gain map; the container's parser compares every item with
/// every property association, so thousands of made-up items cost it dearly.
const MAX_HEIC_ITEMS: usize = 1024;

/// A HEIC as a camera writes it: its picture coded once (`hvc1`), or a grid of such tiles,
/// each used once and together no larger than the limit. An overlay (`iovl`) or identity
/// (`iden`) item, or a grid that names one tile over and over, would make the decoder decode
/// or hold far more than the picture's own size (a small file that takes gigabytes or hours).
fn heic_is_a_photo(file: &heifer::heifer_isobmff::HeifFile<'_>) -> Result<(), CureError> {
    use heifer::heifer_isobmff::boxes::Property;
    if file.items.len() > MAX_HEIC_ITEMS {
        return Err(CureError::ImageUnreadable);
    }
    let primary = file
        .primary_item()
        .map_err(|_| CureError::ImageUnreadable)?;
    match &primary.item_type.0 {
        b"hvc1" => Ok(()),
        b"grid" => {
            let tiles: Vec<u32> = file
                .references
                .iter()
                .filter(|r| r.ref_type.0 == *b"dimg" && r.from == primary.id)
                .flat_map(|r| r.to.iter().copied())
                .collect();
            let mut distinct = tiles.clone();
            distinct.sort_unstable();
            distinct.dedup();
            if tiles.is_empty() || distinct.len() != tiles.len() {
                return Err(CureError::ImageUnreadable);
            }
            let mut area: u64 = 0;
            for tile in tiles {
                let item = file.item(tile).map_err(|_| CureError::ImageUnreadable)?;
                if item.item_type.0 != *b"hvc1" {
                    return Err(CureError::ImageUnreadable);
                }
                let (w, h) = file
                    .item_properties(tile)
                    .map_err(|_| CureError::ImageUnreadable)?
                    .find_map(|p| match p {
                        Property::ImageSize { width, height } => Some((*width, *height)),
                        _ => None,
                    })
                    .ok_or(CureError::ImageUnreadable)?;
                area = area.saturating_add(u64::from(w) * u64::from(h));
            }
            // Tiles may run past the picture's edge by less than a tile each way.
            if area > 2 * MAX_HEIC_PIXELS {
                return Err(CureError::ImageUnreadable);
            }
            Ok(())
        }
        _ => Err(CureError::ImageUnreadable),
    }
}

/// The scanned page of a PDF: the largest image on its first page. A phone's "scan document"
/// and a scanner's PDF hold the page as one JPEG (`DCTDecode`), or as raw pixels compressed
/// with `FlateDecode`; either is read. A PDF written by a program (text and lines, no scan)
/// has nothing to take, and the voter is told to send a photo instead.
fn decode_pdf_scan(bytes: &[u8]) -> Result<DynamicImage, CureError> {
    // The loader parses every object of every compressed object stream as it opens the file,
    // so a small file whose object streams inflate to millions of objects would take
    // gigabytes. A scan's PDF needs none (an image is a stream, and streams never sit in
    // object streams: ISO 32000-1 §7.5.7), so a PDF with one is not read; a cross-reference
    // stream is a few kilobytes.
    if bytes.windows(7).any(|w| w == b"/ObjStm") {
        return Err(CureError::PdfNoScan);
    }
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(MAX_PDF_XREF_BYTES),
        ..Default::default()
    };
    let document =
        lopdf::Document::load_mem_with_options(bytes, options).map_err(|_| CureError::PdfNoScan)?;
    let first_page = *document
        .get_pages()
        .values()
        .next()
        .ok_or(CureError::PdfNoScan)?;
    let images = document
        .get_page_images(first_page)
        .map_err(|_| CureError::PdfNoScan)?;
    let page = images
        .iter()
        .filter(|i| i.width > 0 && i.height > 0)
        .max_by_key(|i| i.width.saturating_mul(i.height))
        .ok_or(CureError::PdfNoScan)?;
    let width = u32::try_from(page.width).map_err(|_| CureError::PdfNoScan)?;
    let height = u32::try_from(page.height).map_err(|_| CureError::PdfNoScan)?;
    too_many_pixels(width, height, MAX_IMAGE_PIXELS)?;
    let filters: Vec<&str> = page.filters.iter().flatten().map(String::as_str).collect();
    match filters.as_slice() {
        ["DCTDecode"] => decode_raster(image::ImageFormat::Jpeg, page.content, MAX_IMAGE_PIXELS),
        ["FlateDecode"] => flate_pixels(page, width, height),
        _ => Err(CureError::PdfNoScan),
    }
}

/// Raw 8-bit grey or RGB pixels, inflated no further than the picture's own size. Anything
/// else (a predictor, a palette, CMYK, 1-bit fax images) is not a page we can read.
fn flate_pixels(
    page: &lopdf::xobject::PdfImage<'_>,
    width: u32,
    height: u32,
) -> Result<DynamicImage, CureError> {
    use std::io::Read;
    if page.bits_per_component != Some(8) || page.origin_dict.has(b"DecodeParms") {
        return Err(CureError::PdfNoScan);
    }
    let channels = match page.color_space.as_deref() {
        Some("DeviceGray") => 1,
        Some("DeviceRGB") => 3,
        _ => return Err(CureError::PdfNoScan),
    };
    let expected = width as usize * height as usize * channels;
    // Grown as the stream inflates, not reserved: a small file may claim a large page.
    let mut pixels = Vec::new();
    flate2::read::ZlibDecoder::new(page.content)
        .take(expected as u64)
        .read_to_end(&mut pixels)
        .map_err(|_| CureError::PdfNoScan)?;
    if pixels.len() != expected {
        return Err(CureError::PdfNoScan);
    }
    match channels {
        1 => image::GrayImage::from_raw(width, height, pixels).map(DynamicImage::ImageLuma8),
        _ => image::RgbImage::from_raw(width, height, pixels).map(DynamicImage::ImageRgb8),
    }
    .ok_or(CureError::PdfNoScan)
}

fn scaled_down(picture: DynamicImage) -> DynamicImage {
    if picture.width().max(picture.height()) <= MAX_KEPT_SIDE {
        return picture;
    }
    // Keeps the aspect ratio. `thumbnail` averages the pixels each one replaces, so thin pen
    // strokes thin out rather than break up, in 8-bit integers: a filter such as `resize`
    // would hold a 32-bit float copy, 300 MB for a 48-megapixel photo.
    picture.thumbnail(MAX_KEPT_SIDE, MAX_KEPT_SIDE)
}

/// The picture as 8-bit RGB, its transparent parts white.
fn on_white(picture: DynamicImage) -> image::RgbImage {
    if !picture.color().has_alpha() {
        return picture.into_rgb8();
    }
    let rgba = picture.into_rgba8();
    let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
    for (out, pixel) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [r, g, b, a] = pixel.0;
        let over_white =
            |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        out.0 = [over_white(r), over_white(g), over_white(b)];
    }
    rgb
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_of(picture: &DynamicImage) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    fn jpeg_of(picture: &DynamicImage) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95)
            .encode_image(&picture.to_rgb8())
            .unwrap();
        out.into_inner()
    }

    /// A 40 × 20 picture: white, with a black square in its top-left corner, so that which
    /// way up it is can be told.
    fn marked() -> DynamicImage {
        let mut picture = image::RgbImage::from_pixel(40, 20, image::Rgb([255, 255, 255]));
        for x in 0..8 {
            for y in 0..8 {
                picture.put_pixel(x, y, image::Rgb([0, 0, 0]));
            }
        }
        DynamicImage::ImageRgb8(picture)
    }

    /// An EXIF APP1 segment (CIPA DC-008): big-endian TIFF, one IFD with the orientation,
    /// and a GPS IFD pointer with latitude text a test can look for.
    fn exif_segment(orientation: u16) -> Vec<u8> {
        let mut tiff = b"MM\x00\x2a\x00\x00\x00\x08".to_vec();
        tiff.extend(2u16.to_be_bytes());
        // Orientation: SHORT, 1 value.
        tiff.extend([0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01]);
        tiff.extend(orientation.to_be_bytes());
        tiff.extend([0, 0]);
        // ImageDescription: ASCII, pointing past the IFD.
        let text = b"GPS 38.5816N 121.4944W\0";
        tiff.extend([0x01, 0x0E, 0x00, 0x02]);
        tiff.extend((text.len() as u32).to_be_bytes());
        tiff.extend((8 + 2 + 24 + 4u32).to_be_bytes());
        tiff.extend(0u32.to_be_bytes());
        tiff.extend(text);
        let mut payload = b"Exif\0\0".to_vec();
        payload.extend(tiff);
        let mut segment = vec![0xFF, 0xE1];
        segment.extend(((payload.len() + 2) as u16).to_be_bytes());
        segment.extend(payload);
        segment
    }

    fn with_exif(jpeg: &[u8], orientation: u16) -> Vec<u8> {
        let mut out = jpeg[..2].to_vec();
        out.extend(exif_segment(orientation));
        out.extend(&jpeg[2..]);
        out
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    fn is_dark(picture: &DynamicImage, x: u32, y: u32) -> bool {
        picture.to_luma8().get_pixel(x, y).0[0] < 64
    }

    #[test]
    fn a_photos_exif_goes_and_it_is_turned_upright() {
        let sent = with_exif(&jpeg_of(&marked()), 6);
        assert!(contains(&sent, b"GPS 38.5816N"));
        let (format, kept) = reencode_now(ImageFormat::Jpeg, &sent).unwrap();
        assert_eq!(format, ImageFormat::Jpeg);
        assert!(!contains(&kept, b"GPS"), "the location went");
        assert!(!contains(&kept, b"Exif"), "no EXIF at all");
        let picture = image::load_from_memory(&kept).unwrap();
        // Orientation 6: the stored picture is to be turned 90° clockwise to be upright, so
        // 40 × 20 becomes 20 × 40 and the top-left mark goes to the top right.
        assert_eq!((picture.width(), picture.height()), (20, 40));
        assert!(is_dark(&picture, 17, 2));
        assert!(!is_dark(&picture, 2, 2));
    }

    #[test]
    fn a_pngs_text_goes_and_it_stays_a_lossless_png() {
        let mut sent = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut sent, 40, 20);
            encoder.set_color(png::ColorType::Rgb);
            encoder
                .add_text_chunk("Comment".into(), "home: 12 Elm St".into())
                .unwrap();
            let mut writer = encoder.write_header().unwrap();
            writer.write_image_data(marked().as_bytes()).unwrap();
        }
        assert!(contains(&sent, b"12 Elm St"));
        let (format, kept) = reencode_now(ImageFormat::Png, &sent).unwrap();
        assert_eq!(format, ImageFormat::Png);
        assert!(!contains(&kept, b"Elm St"));
        let picture = image::load_from_memory(&kept).unwrap();
        assert_eq!(picture.to_rgb8(), marked().to_rgb8(), "pixel for pixel");
    }

    #[test]
    fn a_large_photo_is_scaled_to_a_scanned_pages_size() {
        let big = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            4400,
            2200,
            image::Rgb([250, 250, 250]),
        ));
        let (_, kept) = reencode_now(ImageFormat::Jpeg, &jpeg_of(&big)).unwrap();
        let picture = image::load_from_memory(&kept).unwrap();
        assert_eq!((picture.width(), picture.height()), (MAX_KEPT_SIDE, 1650));
    }

    #[test]
    fn a_file_that_only_starts_like_an_image_is_unreadable() {
        let mut cut = jpeg_of(&marked());
        cut.truncate(cut.len() / 2);
        assert_eq!(
            reencode_now(ImageFormat::Jpeg, &cut),
            Err(CureError::ImageUnreadable)
        );
        let png = png_of(&marked());
        assert_eq!(
            reencode_now(ImageFormat::Png, &png[..40]),
            Err(CureError::ImageUnreadable)
        );
        assert_eq!(
            reencode_now(ImageFormat::Heic, b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Err(CureError::ImageUnreadable)
        );
    }

    /// A PDF whose one page is `image` with `filter`, as a scanner writes it, by typst's
    /// writer (what the county's PDFs are made with).
    fn pdf_with(image: &[u8], filter: pdf_writer::Filter, color: &str, w: i32, h: i32) -> Vec<u8> {
        use pdf_writer::{Finish, Name, Pdf, Rect, Ref};
        let mut pdf = Pdf::new();
        let (catalog, tree, page, picture, content) = (
            Ref::new(1),
            Ref::new(2),
            Ref::new(3),
            Ref::new(4),
            Ref::new(5),
        );
        pdf.catalog(catalog).pages(tree);
        pdf.pages(tree).kids([page]).count(1);
        let mut p = pdf.page(page);
        p.parent(tree)
            .media_box(Rect::new(0.0, 0.0, 612.0, 792.0))
            .contents(content);
        p.resources().x_objects().pair(Name(b"Im1"), picture);
        p.finish();
        let mut x = pdf.image_xobject(picture, image);
        x.filter(filter);
        x.width(w).height(h).bits_per_component(8);
        match color {
            "gray" => x.color_space().device_gray(),
            _ => x.color_space().device_rgb(),
        };
        x.finish();
        pdf.stream(content, b"q 612 0 0 792 0 0 cm /Im1 Do Q");
        pdf.finish()
    }

    #[test]
    fn a_scanned_pdfs_page_is_taken_out_of_it() {
        let jpeg = jpeg_of(&marked());
        let pdf = pdf_with(&jpeg, pdf_writer::Filter::DctDecode, "rgb", 40, 20);
        let (format, kept) = reencode_now(ImageFormat::Pdf, &pdf).unwrap();
        assert_eq!(format, ImageFormat::Jpeg);
        let picture = image::load_from_memory(&kept).unwrap();
        assert_eq!((picture.width(), picture.height()), (40, 20));
        assert!(is_dark(&picture, 2, 2) && !is_dark(&picture, 30, 10));

        let grey = marked().to_luma8().into_raw();
        let deflated = miniz_deflate(&grey);
        let pdf = pdf_with(&deflated, pdf_writer::Filter::FlateDecode, "gray", 40, 20);
        let (_, kept) = reencode_now(ImageFormat::Pdf, &pdf).unwrap();
        let picture = image::load_from_memory(&kept).unwrap();
        assert!(is_dark(&picture, 2, 2) && !is_dark(&picture, 30, 10));
    }

    #[test]
    fn a_pdf_without_a_scan_or_that_inflates_past_its_size_is_refused() {
        let mut pdf = pdf_writer::Pdf::new();
        pdf.catalog(pdf_writer::Ref::new(1))
            .pages(pdf_writer::Ref::new(2));
        pdf.pages(pdf_writer::Ref::new(2)).count(0);
        assert_eq!(
            reencode_now(ImageFormat::Pdf, &pdf.finish()),
            Err(CureError::PdfNoScan)
        );
        assert_eq!(
            reencode_now(ImageFormat::Pdf, b"%PDF-1.7\nnot a pdf"),
            Err(CureError::PdfNoScan)
        );
        // Object streams are never opened: a scan has none, and they can hold millions of
        // objects in a few kilobytes.
        let jpeg = jpeg_of(&marked());
        let mut with_objstm = pdf_with(&jpeg, pdf_writer::Filter::DctDecode, "rgb", 40, 20);
        assert!(reencode_now(ImageFormat::Pdf, &with_objstm).is_ok());
        with_objstm.extend(b"\n9 0 obj << /Type /ObjStm /N 1 /First 4 >> stream\nendstream\n");
        assert_eq!(
            reencode_now(ImageFormat::Pdf, &with_objstm),
            Err(CureError::PdfNoScan)
        );
        // A 40 × 20 grey page whose stream inflates to 100 times that: only its size is read,
        // and it is not the size the page says.
        let bomb = miniz_deflate(&vec![0u8; 80_000]);
        let pdf = pdf_with(&bomb, pdf_writer::Filter::FlateDecode, "gray", 40, 20);
        assert_eq!(
            reencode_now(ImageFormat::Pdf, &pdf).unwrap().0,
            ImageFormat::Jpeg
        );
        let pdf = pdf_with(&bomb, pdf_writer::Filter::FlateDecode, "gray", 400, 400);
        assert_eq!(
            reencode_now(ImageFormat::Pdf, &pdf),
            Err(CureError::PdfNoScan)
        );
        // A page that claims more pixels than any photo is refused before it is inflated.
        let pdf = pdf_with(
            &bomb,
            pdf_writer::Filter::FlateDecode,
            "gray",
            60_000,
            60_000,
        );
        assert_eq!(
            reencode_now(ImageFormat::Pdf, &pdf),
            Err(CureError::ImageTooManyPixels { max: 50 })
        );
    }

    fn miniz_deflate(bytes: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    /// The fixtures' picture (tests/fixtures/cure/README.md): 640 × 400, a black square top
    /// left, white top right.
    fn is_the_statement(kept: &[u8]) {
        let picture = image::load_from_memory(kept).unwrap();
        assert_eq!((picture.width(), picture.height()), (640, 400));
        assert!(is_dark(&picture, 10, 10), "the mark is top left");
        assert!(!is_dark(&picture, 600, 20));
    }

    #[test]
    fn an_iphones_heic_is_kept_as_a_jpeg_without_its_exif() {
        let sent = include_bytes!("../../tests/fixtures/cure/statement.heic");
        assert_eq!(ImageFormat::sniff(sent), Some(ImageFormat::Heic));
        assert!(contains(sent, b"GPS 38.5816N") && contains(sent, b"iPhone 15"));
        let (format, kept) = reencode_now(ImageFormat::Heic, sent).unwrap();
        assert_eq!(format, ImageFormat::Jpeg);
        assert!(!contains(&kept, b"GPS") && !contains(&kept, b"iPhone"));
        is_the_statement(&kept);
    }

    #[test]
    fn a_heic_whose_picture_is_derived_from_others_is_not_decoded() {
        use heifer::heifer_isobmff::HeifFile;
        let sent = include_bytes!("../../tests/fixtures/cure/statement.heic");
        assert_eq!(heic_is_a_photo(&HeifFile::parse(sent).unwrap()), Ok(()));
        // The same file with its picture's item declared an overlay (`iovl`), which would have
        // the decoder decode and hold every picture it names, as often as it names them.
        let at = sent.windows(4).position(|w| w == b"hvc1").unwrap();
        let mut overlay = sent.to_vec();
        overlay[at..at + 4].copy_from_slice(b"iovl");
        let file = HeifFile::parse(&overlay).unwrap();
        assert_eq!(&file.primary_item().unwrap().item_type.0, b"iovl");
        assert_eq!(heic_is_a_photo(&file), Err(CureError::ImageUnreadable));
        assert_eq!(
            reencode_now(ImageFormat::Heic, &overlay),
            Err(CureError::ImageUnreadable)
        );
    }

    #[test]
    fn img2pdfs_scan_is_read() {
        let sent = include_bytes!("../../tests/fixtures/cure/statement-scan.pdf");
        assert_eq!(ImageFormat::sniff(sent), Some(ImageFormat::Pdf));
        let (format, kept) = reencode_now(ImageFormat::Pdf, sent).unwrap();
        assert_eq!(format, ImageFormat::Jpeg);
        is_the_statement(&kept);
    }

    #[test]
    fn a_transparent_drawing_is_black_on_white_as_a_jpeg() {
        let mut drawing = RgbaImage::new(10, 10);
        drawing.put_pixel(1, 1, image::Rgba([0, 0, 0, 255]));
        let white = on_white(DynamicImage::ImageRgba8(drawing));
        assert_eq!(white.get_pixel(1, 1).0, [0, 0, 0]);
        assert_eq!(white.get_pixel(5, 5).0, [255, 255, 255]);
    }
}
