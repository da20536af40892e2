//! A signature cure as the county files it (issue 16): one PDF page with the statement, who
//! signed it for which ballot, the signature (the image, or the typed name), and the audit
//! data: when it was received, how it was signed, and the SHA-256 of the content kept.
//!
//! Written with `pdf-writer` in the standard Helvetica, which every reader has, so no font is
//! embedded. Its WinAnsi encoding covers Western European letters (García, Muñoz); any other
//! character of a name is printed as `?` (embedding a font that covers the voters' ten
//! languages is still to do), and the voter ID and the hash identify the voter and the content
//! exactly.

use crate::clock::Timestamp;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::io::Write;

/// The statement the voter signs. The counties' own wording (configurable per county and
/// language, as issue 16 asks) is not stored yet, and the cure page does not show one yet, so
/// this is ours, after the signature verification statement of Elections Code §3019.
pub const STATEMENT: &str = "I declare under penalty of perjury under the laws of the State of \
California that I am the registered voter named below, that I requested and returned the vote \
by mail ballot for this election, and that the signature below, sent from the ballot tracker \
in place of the one missing from or not matching my ballot envelope, is my own.";

/// What the PDF says about one cure. Owned, so it can be rendered off the async threads.
pub struct CureDocument {
    /// The statement signed, in English: the county's wording, else `STATEMENT`.
    pub statement: String,
    /// Which wording the voter read, when it was another language's.
    pub statement_note: Option<String>,
    pub cure_id: i64,
    pub voter_name: String,
    pub voter_id: String,
    pub county: String,
    pub election_id: String,
    /// `drawn`, `photo` or `typed`.
    pub method: String,
    pub received_at: Timestamp,
    pub content_sha256: String,
    /// `image/png`, `image/jpeg`, or text.
    pub content_type: String,
    pub content: Vec<u8>,
}

/// The most a decoded PNG may take in memory: a 10 MB file can claim far more pixels than it
/// holds (a decompression bomb), and the decoder refuses before allocating them.
const MAX_DECODED_BYTES: usize = 64 * 1024 * 1024;

/// US Letter, in points, and its margin.
const PAGE: (f32, f32) = (612.0, 792.0);
const MARGIN: f32 = 54.0;
/// Characters per line at 10 pt: Helvetica averages about half its size per character.
const WRAP: usize = 92;

/// An image as the PDF embeds it.
struct Embedded {
    width: u32,
    height: u32,
    /// `DeviceGray`, `DeviceRGB` or `DeviceCMYK`.
    color_space: &'static [u8],
    filter: Filter,
    data: Vec<u8>,
}

/// The cure's PDF.
pub fn render(cure: &CureDocument) -> Vec<u8> {
    let catalog = Ref::new(1);
    let pages = Ref::new(2);
    let page = Ref::new(3);
    let font = Ref::new(4);
    let bold = Ref::new(5);
    let contents = Ref::new(6);
    let image_ref = Ref::new(7);
    let info = Ref::new(8);

    let image = match cure.content_type.as_str() {
        "image/png" => png_pixels(&cure.content),
        "image/jpeg" => jpeg_as_is(&cure.content),
        _ => None,
    };

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages).kids([page]).count(1);
    let mut page_writer = pdf.page(page);
    page_writer
        .media_box(Rect::new(0.0, 0.0, PAGE.0, PAGE.1))
        .parent(pages)
        .contents(contents);
    let mut resources = page_writer.resources();
    resources
        .fonts()
        .pair(Name(b"F1"), font)
        .pair(Name(b"F2"), bold);
    if image.is_some() {
        resources.x_objects().pair(Name(b"Im1"), image_ref);
    }
    resources.finish();
    page_writer.finish();
    for (id, name) in [(font, &b"Helvetica"[..]), (bold, b"Helvetica-Bold")] {
        pdf.type1_font(id)
            .base_font(Name(name))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    pdf.document_info(info)
        .title(TextStr(&format!("Signature cure {}", cure.cure_id)))
        .producer(TextStr("ballot-api"));

    let mut text = Lines::new(PAGE.1 - MARGIN);
    text.line(b"F2", 14.0, "Signature verification statement");
    text.gap(6.0);
    for line in wrapped(&cure.statement, WRAP) {
        text.line(b"F1", 10.0, &line);
    }
    if let Some(note) = &cure.statement_note {
        text.line(b"F1", 9.0, note);
    }
    text.gap(10.0);
    text.line(b"F2", 11.0, "Voter");
    for (label, value) in [
        ("Name", &cure.voter_name),
        ("Voter ID", &cure.voter_id),
        ("County", &cure.county),
        ("Election", &cure.election_id),
    ] {
        text.line(b"F1", 10.0, &format!("{label}: {value}"));
    }
    text.gap(10.0);
    text.line(b"F2", 11.0, "Signature");
    let mut image_at = None;
    match (&image, cure.content_type.starts_with("text/")) {
        (_, true) => {
            let typed = String::from_utf8_lossy(&cure.content);
            text.line(b"F1", 10.0, "Typed by the voter in place of a signature:");
            for line in wrapped(&typed, 50) {
                text.line(b"F2", 16.0, &line);
            }
        }
        (Some(embedded), false) => {
            // At most 468 by 200 points, keeping its proportions.
            let scale = (PAGE.0 - 2.0 * MARGIN) / embedded.width as f32;
            let scale = scale.min(200.0 / embedded.height as f32);
            let (w, h) = (
                embedded.width as f32 * scale,
                embedded.height as f32 * scale,
            );
            text.gap(h + 4.0);
            image_at = Some([w, 0.0, 0.0, h, MARGIN, text.y]);
        }
        (None, false) => {
            text.line(
                b"F1",
                10.0,
                "The image cannot be shown here: fetch it from the cure's content.",
            );
        }
    }
    text.gap(10.0);
    text.line(b"F2", 11.0, "Audit");
    let california = jiff::tz::TimeZone::get("America/Los_Angeles")
        .map(|zone| {
            cure.received_at
                .to_jiff()
                .to_zoned(zone)
                .strftime("%Y-%m-%d %H:%M:%S %Z (UTC%:z)")
                .to_string()
        })
        .unwrap_or_default();
    let utc = cure.received_at.to_jiff().strftime("%Y-%m-%d %H:%M:%S UTC");
    for (label, value) in [
        ("Cure ID", cure.cure_id.to_string()),
        ("Signed by", method_words(&cure.method).to_string()),
        ("Received", format!("{utc}; in California {california}")),
        ("Content type", cure.content_type.to_string()),
        ("SHA-256 of the content", cure.content_sha256.to_string()),
    ] {
        text.line(b"F1", 10.0, &format!("{label}: {value}"));
    }

    let mut content = text.content;
    content.end_text();
    if let Some(matrix) = image_at {
        content.save_state();
        content.transform(matrix);
        content.x_object(Name(b"Im1"));
        content.restore_state();
    }
    pdf.stream(contents, &content.finish());
    if let Some(embedded) = &image {
        let mut xobject = pdf.image_xobject(image_ref, &embedded.data);
        xobject.filter(embedded.filter);
        xobject
            .width(embedded.width as i32)
            .height(embedded.height as i32)
            .bits_per_component(8);
        match embedded.color_space {
            b"DeviceGray" => xobject.color_space().device_gray(),
            b"DeviceCMYK" => xobject.color_space().device_cmyk(),
            _ => xobject.color_space().device_rgb(),
        };
        xobject.finish();
    }
    pdf.finish()
}

/// The method, said as a reviewer reads it.
fn method_words(method: &str) -> &str {
    match method {
        "drawn" => "drawn (on the screen)",
        "photo" => "photo (of the signed paper statement)",
        "typed" => "typed name",
        other => other,
    }
}

/// The page's text, line by line from the top. Each line moves down with `'` (next line, then
/// show), so a reader that extracts text sees the lines as lines.
struct Lines {
    content: Content,
    y: f32,
    /// Space asked for since the last line, added to the next line's move.
    gap: f32,
}

impl Lines {
    fn new(top: f32) -> Self {
        let mut content = Content::new();
        content.begin_text();
        content.next_line(MARGIN, top);
        Self {
            content,
            y: top,
            gap: 0.0,
        }
    }

    fn line(&mut self, font: &[u8], size: f32, text: &str) {
        // `gap` has already moved `y`.
        self.y -= size * 1.35;
        let down = size * 1.35 + std::mem::take(&mut self.gap);
        self.content
            .set_font(Name(font), size)
            .set_leading(down)
            .next_line_show(Str(&win_ansi(text)));
    }

    fn gap(&mut self, points: f32) {
        self.gap += points;
        self.y -= points;
    }
}

/// Words wrapped at `width` characters.
fn wrapped(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` in WinAnsiEncoding, the standard fonts' encoding: Latin-1 as it is, the typographic
/// quotes and dashes at their places, anything else (and control characters) as `?`.
fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            ' '..='~' | '\u{a0}'..='\u{ff}' => c as u8,
            '\u{2018}' => 0x91,
            '\u{2019}' => 0x92,
            '\u{201c}' => 0x93,
            '\u{201d}' => 0x94,
            '\u{2013}' => 0x96,
            '\u{2014}' => 0x97,
            '\u{20ac}' => 0x80,
            _ => b'?',
        })
        .collect()
}

/// A PNG decoded to 8-bit pixels, any transparency laid on white paper (a drawn signature is
/// dark strokes on a transparent canvas), compressed again for the PDF. `None` if it does not
/// decode within `MAX_DECODED_BYTES`.
fn png_pixels(bytes: &[u8]) -> Option<Embedded> {
    let mut decoder = png::Decoder::new_with_limits(
        std::io::Cursor::new(bytes),
        png::Limits {
            bytes: MAX_DECODED_BYTES,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()?];
    let frame = reader.next_frame(&mut buffer).ok()?;
    let pixels = &buffer[..frame.buffer_size()];
    let on_white = |value: u8, alpha: u8| {
        let (value, alpha) = (u16::from(value), u16::from(alpha));
        ((value * alpha + 255 * (255 - alpha)) / 255) as u8
    };
    let (color_space, samples): (&'static [u8], Vec<u8>) = match frame.color_type {
        png::ColorType::Grayscale => (b"DeviceGray", pixels.to_vec()),
        png::ColorType::GrayscaleAlpha => (
            b"DeviceGray",
            pixels
                .chunks_exact(2)
                .map(|p| on_white(p[0], p[1]))
                .collect(),
        ),
        png::ColorType::Rgb => (b"DeviceRGB", pixels.to_vec()),
        png::ColorType::Rgba => (
            b"DeviceRGB",
            pixels
                .chunks_exact(4)
                .flat_map(|p| {
                    [
                        on_white(p[0], p[3]),
                        on_white(p[1], p[3]),
                        on_white(p[2], p[3]),
                    ]
                })
                .collect(),
        ),
        // `normalize_to_color8` expands palettes.
        png::ColorType::Indexed => return None,
    };
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&samples).ok()?;
    Some(Embedded {
        width: frame.width,
        height: frame.height,
        color_space,
        filter: Filter::FlateDecode,
        data: encoder.finish().ok()?,
    })
}

/// A baseline or progressive JPEG goes into the PDF as it is (`DCTDecode`); only its size and
/// components are read, from its frame header. `None` without one.
fn jpeg_as_is(bytes: &[u8]) -> Option<Embedded> {
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xff {
            return None;
        }
        // Fill bytes: any number of 0xFF before a marker (ITU T.81, B.1.1.2).
        let mut marker_at = at + 1;
        while *bytes.get(marker_at)? == 0xff {
            marker_at += 1;
        }
        let marker = bytes[marker_at];
        match marker {
            // Markers without a length.
            0x01 | 0xd0..=0xd7 => {
                at = marker_at + 1;
                continue;
            }
            // The scan or the end before any frame header.
            0xda | 0xd9 => return None,
            _ => {}
        }
        let length = usize::from(u16::from_be_bytes([
            *bytes.get(marker_at + 1)?,
            *bytes.get(marker_at + 2)?,
        ]));
        // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
        if (0xc0..=0xcf).contains(&marker) && ![0xc4, 0xc8, 0xcc].contains(&marker) {
            let header = bytes.get(marker_at + 3..marker_at + 1 + length)?;
            let height = u32::from(u16::from_be_bytes([*header.get(1)?, *header.get(2)?]));
            let width = u32::from(u16::from_be_bytes([*header.get(3)?, *header.get(4)?]));
            let color_space: &'static [u8] = match header.get(5)? {
                1 => b"DeviceGray",
                3 => b"DeviceRGB",
                4 => b"DeviceCMYK",
                _ => return None,
            };
            if width == 0 || height == 0 || header.first() != Some(&8) {
                return None;
            }
            return Some(Embedded {
                width,
                height,
                color_space,
                filter: Filter::DctDecode,
                data: bytes.to_vec(),
            });
        }
        at = marker_at + 1 + length;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_outside_win_ansi_is_a_question_mark() {
        assert_eq!(win_ansi("García"), b"Garc\xeda");
        assert_eq!(win_ansi("O\u{2019}Neil"), b"O\x92Neil");
        assert_eq!(win_ansi("李\n"), b"??");
    }

    #[test]
    fn the_statement_wraps_within_the_page() {
        let lines = wrapped(STATEMENT, WRAP);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= WRAP));
        assert_eq!(lines.join(" "), STATEMENT);
    }

    #[test]
    fn a_jpegs_size_is_read_from_its_frame_header() {
        // SOI, an APP0, then SOF0: 8 bits, 20 high, 30 wide, 3 components.
        let mut jpeg = vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0];
        jpeg.extend([0xff, 0xc0, 0x00, 0x11, 8, 0, 20, 0, 30, 3]);
        jpeg.extend([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        let embedded = jpeg_as_is(&jpeg).unwrap();
        assert_eq!((embedded.width, embedded.height), (30, 20));
        assert_eq!(embedded.color_space, b"DeviceRGB");
        assert!(jpeg_as_is(b"\xff\xd8\xff\xd9").is_none());
        // Fill bytes before a marker.
        let mut filled = vec![0xff, 0xd8, 0xff, 0xff];
        filled.extend_from_slice(&jpeg[3..]);
        assert_eq!(jpeg_as_is(&filled).unwrap().width, 30);
    }
}
