//! A signature cure sent from the tracker (issue 16): how the voter signed, and the rules of
//! what they send. California lets a voter whose ballot signature is missing or does not match
//! return a signed statement until two days before certification (Elections Code §3019(d));
//! the county decides whether it cures the ballot.
//!
//! The browser runs these rules on what the voter drew, photographed or typed before it sends
//! anything; the server runs them again on what arrived.

use crate::api::{field, SignatureCureRequest};
use crate::date::CivilDate;
use crate::dob::DateOfBirth;
use crate::i18n::{Localize, Message};
use crate::signup::FieldErrors;

/// The largest image a voter may send: a phone's photo of a signed statement fits.
pub const MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;

/// The most pixels an image may have, told from its header before any of it is decoded: a
/// 48-megapixel phone's photo fits (8064 × 6048); a small file that claims to be a huge
/// picture (a decompression bomb) does not reach the county's PDF.
pub const MAX_IMAGE_PIXELS: u64 = 50_000_000;

/// The most pixels a PNG may have: the county's PDF decodes a PNG (a JPEG goes in as it is)
/// within 64 MiB, and 8 million pixels fit it at the deepest, 16-bit RGBA. A drawing is 600 ×
/// 200; a phone's screenshot about 4 million.
pub const MAX_PNG_PIXELS: u64 = 8_000_000;

/// The longest typed name: as long as the longest name the registration file holds.
pub const MAX_TYPED_NAME_CHARS: usize = crate::name::MAX_NAME_CHARS;

/// How the voter signed. Stored by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CureMethod {
    /// Drawn on the screen with a finger, pen or mouse.
    Drawn,
    /// A photo of the paper statement the voter signed.
    Photo,
    /// The voter's name typed, for voters who cannot draw or photograph a signature
    /// (WCAG 2.2 2.5.7: no dragging movement may be the only way).
    Typed,
}

impl CureMethod {
    pub const ALL: [CureMethod; 3] = [CureMethod::Drawn, CureMethod::Photo, CureMethod::Typed];

    pub fn code(self) -> &'static str {
        match self {
            CureMethod::Drawn => "drawn",
            CureMethod::Photo => "photo",
            CureMethod::Typed => "typed",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code.trim())
    }

    /// The methods `codes` name (a county's list), each once and in `ALL`'s order; codes
    /// that name none are left out.
    pub fn named<S: AsRef<str>>(codes: &[S]) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|m| codes.iter().any(|c| c.as_ref().trim() == m.code()))
            .collect()
    }
}

/// The image formats a cure may carry, told by their first bytes, never by a file's name or a
/// declared type: a renamed file is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Jpeg,
    /// HEIF holding HEVC: what an iPhone's camera saves.
    Heic,
    /// A PDF, as a phone's "scan document" or a scanner makes: the server takes the scanned
    /// page's image out of it.
    Pdf,
}

impl ImageFormat {
    /// The format `bytes` start like: PNG's 8-byte signature (ISO/IEC 15948 §5.2), JPEG's
    /// start-of-image marker followed by another marker (ITU T.81 B.1.1.3), an ISO base media
    /// file whose first box is `ftyp` with a HEIF brand (ISO/IEC 23008-12 §B.4; `mif1` may
    /// also be an AVIF, which the server then cannot read and says so), or a PDF's header
    /// (ISO 32000-1 §7.5.2).
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        const PNG: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if bytes.starts_with(&PNG) {
            Some(ImageFormat::Png)
        } else if bytes.len() >= 4 && bytes[..3] == [0xFF, 0xD8, 0xFF] {
            Some(ImageFormat::Jpeg)
        } else if bytes.get(4..8) == Some(b"ftyp")
            && bytes
                .get(8..12)
                .is_some_and(|brand| HEIF_BRANDS.contains(&brand))
        {
            Some(ImageFormat::Heic)
        } else if bytes.starts_with(b"%PDF-") {
            Some(ImageFormat::Pdf)
        } else {
            None
        }
    }

    /// The width and height its header declares: PNG's IHDR, the first chunk (ISO/IEC 15948
    /// §11.2.2), or the frame header of JPEG's first start-of-frame marker (ITU T.81 B.2.2),
    /// found by walking the segments' lengths. `None` if the header cannot be read, and for a
    /// HEIC or a PDF, whose sizes lie deeper: the server reads them before decoding.
    pub fn dimensions(self, bytes: &[u8]) -> Option<(u32, u32)> {
        let be16 = |at: usize| Some(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?));
        match self {
            ImageFormat::Heic | ImageFormat::Pdf => None,
            ImageFormat::Png => {
                if bytes.get(12..16)? != b"IHDR" {
                    return None;
                }
                let be32 =
                    |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
                Some((be32(16)?, be32(20)?))
            }
            ImageFormat::Jpeg => {
                let mut at = 2;
                loop {
                    if *bytes.get(at)? != 0xFF {
                        return None;
                    }
                    let marker = *bytes.get(at + 1)?;
                    match marker {
                        // Fill bytes before a marker.
                        0xFF => at += 1,
                        // Markers without a length.
                        0x01 | 0xD0..=0xD7 => at += 2,
                        // Start of frame (not DHT C4, JPG C8, DAC CC): P, Y, X.
                        0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                            let height = be16(at + 5)?;
                            let width = be16(at + 7)?;
                            return Some((u32::from(width), u32::from(height)));
                        }
                        // Start of scan or end of image before any frame header.
                        0xDA | 0xD9 => return None,
                        _ => at += 2 + usize::from(be16(at + 2)?),
                    }
                }
            }
        }
    }

    /// The most pixels an image of this format may have.
    pub fn max_pixels(self) -> u64 {
        match self {
            ImageFormat::Png => MAX_PNG_PIXELS,
            _ => MAX_IMAGE_PIXELS,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Heic => "image/heic",
            ImageFormat::Pdf => "application/pdf",
        }
    }
}

/// The major brands of a HEIF file that holds HEVC (ISO/IEC 23008-12 §B.4.1: `heic`, `heix`,
/// their image-sequence `hevc`, `hevx`, and the multi-layer ones) and the generic `mif1` and
/// `msf1` that Apple and Samsung also write.
const HEIF_BRANDS: [&[u8]; 8] = [
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1",
];

/// What a cure carries: a typed name, or an image of a signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CureContent {
    /// The name as typed, with surrounding and repeated spaces removed.
    TypedName(String),
    Image(ImageFormat, Vec<u8>),
}

impl CureContent {
    /// The MIME type it is stored and handed to the county with.
    pub fn content_type(&self) -> &'static str {
        match self {
            CureContent::TypedName(_) => "text/plain; charset=utf-8",
            CureContent::Image(format, _) => format.content_type(),
        }
    }

    pub fn bytes(&self) -> &[u8] {
        match self {
            CureContent::TypedName(name) => name.as_bytes(),
            CureContent::Image(_, bytes) => bytes,
        }
    }
}

/// A cure whose every field passed its rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCure {
    pub election_id: String,
    pub date_of_birth: DateOfBirth,
    pub method: CureMethod,
    pub content: CureContent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CureError {
    /// Not `drawn`, `photo` or `typed`.
    Method,
    NameEmpty,
    NameTooLong,
    /// No letter at all: a mark alone is not a name.
    NameNoLetters,
    /// No image, or not a PNG, a JPEG, a HEIC or a PDF by its content.
    ImageFormat,
    /// It starts like an image but does not decode as one (the server finds out).
    ImageUnreadable,
    /// A PDF with no scanned page in it: made by a program rather than a scanner or a phone's
    /// camera, or one whose image we cannot read.
    PdfNoScan,
    ImageTooLarge,
    /// More than `MAX_IMAGE_PIXELS` (`MAX_PNG_PIXELS` for a PNG): `max`, in millions.
    ImageTooManyPixels {
        max: u64,
    },
    /// No ballot named.
    Election,
}

impl Localize for CureError {
    fn message(&self) -> Message {
        match self {
            CureError::Method => Message::new("cure-method"),
            CureError::NameEmpty => Message::new("cure-name-empty"),
            CureError::NameTooLong => {
                Message::new("cure-name-too-long").number("max", MAX_TYPED_NAME_CHARS as i64)
            }
            CureError::NameNoLetters => Message::new("cure-name-no-letters"),
            CureError::ImageFormat => Message::new("cure-image-format"),
            CureError::ImageUnreadable => Message::new("cure-image-unreadable"),
            CureError::PdfNoScan => Message::new("cure-pdf-no-scan"),
            CureError::ImageTooLarge => Message::new("cure-image-too-large")
                .number("max", (MAX_IMAGE_BYTES / (1024 * 1024)) as i64),
            CureError::ImageTooManyPixels { max } => {
                Message::new("cure-image-too-many-pixels").number("max", *max as i64)
            }
            CureError::Election => Message::new("cure-election"),
        }
    }
}

impl std::fmt::Display for CureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl std::error::Error for CureError {}

/// `error.fields` keys of a cure request.
pub mod cure_field {
    pub const ELECTION_ID: &str = "election_id";
    pub const METHOD: &str = "method";
    pub const TYPED_NAME: &str = "typed_name";
    pub const IMAGE: &str = "image_base64";
}

/// The typed name: what a person types as their signature, spaces tidied.
pub fn typed_name(text: &str) -> Result<String, CureError> {
    let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(CureError::NameEmpty);
    }
    if name.chars().count() > MAX_TYPED_NAME_CHARS {
        return Err(CureError::NameTooLong);
    }
    if !name.chars().any(char::is_alphabetic) {
        return Err(CureError::NameNoLetters);
    }
    Ok(name)
}

/// The image: a PNG, a JPEG, a HEIC or a PDF by its content, at most `MAX_IMAGE_BYTES`. A
/// PNG's or a JPEG's size is checked here from its header; a HEIC's and a PDF's by the server
/// as it opens them, before anything is decoded.
pub fn signature_image(bytes: Vec<u8>) -> Result<CureContent, CureError> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(CureError::ImageTooLarge);
    }
    let format = ImageFormat::sniff(&bytes).ok_or(CureError::ImageFormat)?;
    if matches!(format, ImageFormat::Heic | ImageFormat::Pdf) {
        return Ok(CureContent::Image(format, bytes));
    }
    // A header that gives no size is no image the county could read.
    let (width, height) = format.dimensions(&bytes).ok_or(CureError::ImageFormat)?;
    if width == 0 || height == 0 {
        return Err(CureError::ImageFormat);
    }
    let most = format.max_pixels();
    if u64::from(width) * u64::from(height) > most {
        return Err(CureError::ImageTooManyPixels {
            max: most / 1_000_000,
        });
    }
    Ok(CureContent::Image(format, bytes))
}

/// Every rule of a cure in one call. `image` is the request's image already decoded from
/// base64 (`None` if it had none, or none that decodes); the browser has the bytes before it
/// encodes them. A typed cure takes its name and ignores any image, and the other way round.
pub fn validate_cure(
    request: &SignatureCureRequest,
    image: Option<Vec<u8>>,
    today: CivilDate,
) -> Result<ValidCure, FieldErrors> {
    let mut errors = FieldErrors::new();
    let election_id = request.election_id.trim();
    if election_id.is_empty() || election_id.chars().count() > 64 {
        errors.push((cure_field::ELECTION_ID, CureError::Election.message()));
    }
    let date_of_birth = DateOfBirth::parse_strict(&request.date_of_birth, today)
        .map_err(|e| errors.push((field::DATE_OF_BIRTH, e.message())))
        .ok();
    let method = CureMethod::parse(&request.method);
    let content = match method {
        None => {
            errors.push((cure_field::METHOD, CureError::Method.message()));
            None
        }
        Some(CureMethod::Typed) => typed_name(request.typed_name.as_deref().unwrap_or(""))
            .map(CureContent::TypedName)
            .map_err(|e| errors.push((cure_field::TYPED_NAME, e.message())))
            .ok(),
        Some(CureMethod::Drawn | CureMethod::Photo) => {
            match image
                .ok_or(CureError::ImageFormat)
                .and_then(signature_image)
            {
                Ok(content) => Some(content),
                Err(e) => {
                    errors.push((cure_field::IMAGE, e.message()));
                    None
                }
            }
        }
    };
    match (date_of_birth, method, content) {
        (Some(date_of_birth), Some(method), Some(content)) if errors.is_empty() => Ok(ValidCure {
            election_id: election_id.to_string(),
            date_of_birth,
            method,
            content,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CivilDate {
        CivilDate::parse_iso("2026-12-01").unwrap()
    }

    fn request(method: &str) -> SignatureCureRequest {
        SignatureCureRequest {
            election_id: "2026-11-03-general".into(),
            date_of_birth: "01-23-1980".into(),
            method: method.into(),
            typed_name: None,
            image_base64: None,
        }
    }

    /// A PNG's signature and IHDR: 600 × 200.
    const PNG: &[u8] = &[
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0,
        0x02, 0x58, 0, 0, 0, 0xC8, 8, 2, 0, 0, 0,
    ];
    /// A JPEG's start, an APP0 (JFIF) segment, and a baseline frame header: 640 × 480.
    const JPEG: &[u8] = &[
        0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF,
        0xC0, 0, 17, 8, 0x01, 0xE0, 0x02, 0x80, 3,
    ];

    /// A PNG header that declares `width` × `height`.
    fn png_of(width: u32, height: u32) -> Vec<u8> {
        let mut png = PNG[..16].to_vec();
        png.extend(width.to_be_bytes());
        png.extend(height.to_be_bytes());
        png.extend([8, 2, 0, 0, 0]);
        png
    }

    #[test]
    fn an_images_size_is_read_from_its_header() {
        assert_eq!(ImageFormat::Png.dimensions(PNG), Some((600, 200)));
        assert_eq!(ImageFormat::Jpeg.dimensions(JPEG), Some((640, 480)));
        // A progressive JPEG's frame header (SOF2), after fill bytes.
        let mut progressive = JPEG[..20].to_vec();
        progressive.extend([0xFF, 0xFF, 0xC2, 0, 17, 8, 0x17, 0x70, 0x1F, 0x80, 3]);
        assert_eq!(
            ImageFormat::Jpeg.dimensions(&progressive),
            Some((8064, 6000))
        );
        // Cut short, or a scan before any frame: no size.
        assert_eq!(ImageFormat::Jpeg.dimensions(&JPEG[..22]), None);
        assert_eq!(
            ImageFormat::Jpeg.dimensions(&[0xFF, 0xD8, 0xFF, 0xDA, 0, 2]),
            None
        );
        assert_eq!(ImageFormat::Png.dimensions(&PNG[..20]), None);
    }

    #[test]
    fn an_image_with_too_many_pixels_is_refused_before_it_is_decoded() {
        // A 48-megapixel phone's photo (a JPEG) is taken; a PNG that large would not fit the
        // PDF's decoding, and a claimed 100,000 × 100,000 fits nothing.
        let mut photo = JPEG[..20].to_vec();
        photo.extend([0xFF, 0xC0, 0, 17, 8, 0x17, 0x70, 0x1F, 0x80, 3]);
        assert!(signature_image(photo).is_ok());
        assert!(signature_image(png_of(4000, 2000)).is_ok());
        assert_eq!(
            signature_image(png_of(8064, 6048)),
            Err(CureError::ImageTooManyPixels { max: 8 })
        );
        let mut bomb = JPEG[..20].to_vec();
        bomb.extend([0xFF, 0xC0, 0, 17, 8, 0xFF, 0xFF, 0xFF, 0xFF, 3]);
        assert_eq!(
            signature_image(bomb),
            Err(CureError::ImageTooManyPixels { max: 50 })
        );
        assert_eq!(
            signature_image(png_of(100_000, 100_000)),
            Err(CureError::ImageTooManyPixels { max: 8 })
        );
        assert_eq!(signature_image(png_of(0, 10)), Err(CureError::ImageFormat));
        // A header cut before its size.
        assert_eq!(
            signature_image(PNG[..12].to_vec()),
            Err(CureError::ImageFormat)
        );
    }

    #[test]
    fn images_are_told_by_their_content() {
        assert_eq!(ImageFormat::sniff(PNG), Some(ImageFormat::Png));
        assert_eq!(ImageFormat::sniff(JPEG), Some(ImageFormat::Jpeg));
        assert_eq!(ImageFormat::sniff(b"GIF89a"), None);
        assert_eq!(ImageFormat::sniff(&[0xFF, 0xD8, 0xFF]), None);
        assert_eq!(ImageFormat::sniff(b""), None);
        // A HEIF file's first box, as an iPhone writes it; an AVIF's is not one we read, nor
        // an MP4 video's.
        let heic = b"\0\0\0\x1cftypheic\0\0\0\0mif1heicmiaf";
        assert_eq!(ImageFormat::sniff(heic), Some(ImageFormat::Heic));
        assert_eq!(ImageFormat::sniff(b"\0\0\0\x1cftypavif\0\0\0\0"), None);
        assert_eq!(ImageFormat::sniff(b"\0\0\0\x1cftypisom\0\0\0\0"), None);
        assert_eq!(ImageFormat::sniff(b"%PDF-1.7\n"), Some(ImageFormat::Pdf));
        assert_eq!(ImageFormat::sniff(b" %PDF-1.7"), None);
        // Their sizes lie deeper: the server reads them before decoding.
        assert_eq!(ImageFormat::Heic.dimensions(heic), None);
        assert!(signature_image(heic.to_vec()).is_ok());
        assert_eq!(
            signature_image(vec![b'%'; MAX_IMAGE_BYTES + 1]),
            Err(CureError::ImageTooLarge)
        );
    }

    #[test]
    fn a_typed_cure_needs_a_name_with_a_letter() {
        let mut typed = request("typed");
        typed.typed_name = Some("  Maria   Garcia ".into());
        let valid = validate_cure(&typed, None, today()).unwrap();
        assert_eq!(valid.method, CureMethod::Typed);
        assert_eq!(valid.content, CureContent::TypedName("Maria Garcia".into()));
        assert_eq!(valid.date_of_birth.to_iso(), "1980-01-23");

        for (name, error) in [
            ("", CureError::NameEmpty),
            ("✓ --", CureError::NameNoLetters),
            ("1234", CureError::NameNoLetters),
        ] {
            typed.typed_name = Some(name.into());
            let errors = validate_cure(&typed, None, today()).unwrap_err();
            assert_eq!(errors, vec![(cure_field::TYPED_NAME, error.message())]);
        }
        typed.typed_name = Some("a".repeat(MAX_TYPED_NAME_CHARS + 1));
        assert!(validate_cure(&typed, None, today()).is_err());
    }

    #[test]
    fn a_drawn_or_photo_cure_needs_a_png_or_jpeg_within_the_limit() {
        let drawn = request("drawn");
        assert!(validate_cure(&drawn, Some(PNG.to_vec()), today()).is_ok());
        let photo = request("photo");
        let valid = validate_cure(&photo, Some(JPEG.to_vec()), today()).unwrap();
        assert_eq!(valid.content.content_type(), "image/jpeg");

        let errors = validate_cure(&photo, None, today()).unwrap_err();
        assert_eq!(errors[0].0, cure_field::IMAGE);
        let errors = validate_cure(&photo, Some(b"GIF89a....".to_vec()), today()).unwrap_err();
        assert_eq!(errors[0].1, CureError::ImageFormat.message());
        let mut big = PNG.to_vec();
        big.resize(MAX_IMAGE_BYTES + 1, 0);
        let errors = validate_cure(&photo, Some(big), today()).unwrap_err();
        assert_eq!(errors[0].1, CureError::ImageTooLarge.message());
    }

    #[test]
    fn every_field_is_checked_at_once() {
        let mut bad = request("scribbled");
        bad.election_id = " ".into();
        bad.date_of_birth = "1980-01-23".into();
        let fields: Vec<&str> = validate_cure(&bad, None, today())
            .unwrap_err()
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            fields,
            [
                cure_field::ELECTION_ID,
                field::DATE_OF_BIRTH,
                cure_field::METHOD
            ]
        );
    }

    #[test]
    fn methods_round_trip() {
        for method in CureMethod::ALL {
            assert_eq!(CureMethod::parse(method.code()), Some(method));
        }
        assert_eq!(CureMethod::parse("Drawn"), None);
    }
}
