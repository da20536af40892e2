//! A signature image's metadata, removed before it is stored (issue 16). A phone's photo
//! carries where it was taken (EXIF GPS), when, and the phone's make, model and serial; none of
//! it is the county's business and all of it would be kept for the election's life. The
//! segments and chunks that hold only metadata are dropped and the picture's own bytes are
//! kept exactly as they are: nothing is decoded, so nothing can be mis-decoded.
//!
//! Not yet done: re-encoding (which would also apply an EXIF orientation: a photo whose EXIF
//! said "turned" now shows as the camera stored it, for the county to turn).

use ballot_shared::cure::ImageFormat;

/// The image without its metadata; `None` if it is not a well-formed PNG or JPEG as far as
/// its structure goes (a refused image, like any other that is not one).
pub fn without_metadata(format: ImageFormat, bytes: &[u8]) -> Option<Vec<u8>> {
    match format {
        ImageFormat::Png => png_without_metadata(bytes),
        ImageFormat::Jpeg => jpeg_without_metadata(bytes),
    }
}

/// PNG chunks kept (ISO/IEC 15948, §11): the critical ones, and the ancillary ones that
/// change how the picture looks. Text (`tEXt`, `zTXt`, `iTXt`), EXIF (`eXIf`), the time
/// (`tIME`) and any chunk we do not know are dropped.
const PNG_KEPT: [&[u8; 4]; 12] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT",
    b"bKGD", b"pHYs",
];

fn png_without_metadata(bytes: &[u8]) -> Option<Vec<u8>> {
    const SIGNATURE: usize = 8;
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..SIGNATURE)?);
    let mut at = SIGNATURE;
    loop {
        let length = u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize;
        let kind: &[u8; 4] = bytes.get(at + 4..at + 8)?.try_into().ok()?;
        // Length, type, data, CRC.
        let end = at.checked_add(12)?.checked_add(length)?;
        let chunk = bytes.get(at..end)?;
        if PNG_KEPT.contains(&kind) {
            out.extend_from_slice(chunk);
        }
        at = end;
        if kind == b"IEND" {
            return Some(out);
        }
    }
}

/// JPEG segments dropped (ITU T.81, B.1.1.4; JFIF, EXIF and XMP use APPn): APP1 (EXIF, XMP),
/// the other APPn but APP0 (JFIF), APP2 when it is an ICC colour profile, and APP14 (Adobe's
/// colour transform), which change how the picture looks; and comments (COM).
fn jpeg_segment_kept(marker: u8, payload: &[u8]) -> bool {
    match marker {
        0xE0 | 0xEE => true,
        0xE2 => payload.starts_with(b"ICC_PROFILE\0"),
        0xE1..=0xEF | 0xFE => false,
        _ => true,
    }
}

fn jpeg_without_metadata(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        // Fill bytes: any number of 0xFF before a marker.
        let mut marker_at = at + 1;
        while *bytes.get(marker_at)? == 0xFF {
            marker_at += 1;
        }
        let marker = bytes[marker_at];
        match marker {
            // End of image: done.
            0xD9 => {
                out.extend_from_slice(&[0xFF, 0xD9]);
                return Some(out);
            }
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => {
                out.extend_from_slice(&[0xFF, marker]);
                at = marker_at + 1;
                continue;
            }
            0x00 | 0xD8 => return None,
            _ => {}
        }
        let length = usize::from(u16::from_be_bytes(
            bytes.get(marker_at + 1..marker_at + 3)?.try_into().ok()?,
        ));
        if length < 2 {
            return None;
        }
        let end = marker_at + 1 + length;
        let payload = bytes.get(marker_at + 3..end)?;
        // Start of scan: its coded data runs to the next marker that is not a stuffed zero or
        // a restart, and is kept as it is; that marker (another scan's tables, the end) is
        // read as any other. So nothing after the end-of-image marker is kept: a second
        // picture or a video a phone appends there can say where it was taken.
        if marker == 0xDA {
            out.extend_from_slice(&[0xFF, marker]);
            out.extend_from_slice(&bytes[marker_at + 1..end]);
            let mut scan = end;
            let next_marker = loop {
                let Some(offset) = bytes.get(scan..)?.iter().position(|&b| b == 0xFF) else {
                    break None;
                };
                let ff = scan + offset;
                match bytes.get(ff + 1) {
                    Some(0x00 | 0xD0..=0xD7) => scan = ff + 2,
                    Some(0xFF) => scan = ff + 1,
                    Some(_) => break Some(ff),
                    None => break None,
                }
            };
            match next_marker {
                Some(ff) => {
                    out.extend_from_slice(&bytes[end..ff]);
                    at = ff;
                    continue;
                }
                // No end marker: what there is, is the picture.
                None => {
                    out.extend_from_slice(&bytes[end..]);
                    return Some(out);
                }
            }
        }
        if jpeg_segment_kept(marker, payload) {
            out.extend_from_slice(&[0xFF, marker]);
            out.extend_from_slice(&bytes[marker_at + 1..end]);
        }
        at = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(kind);
        chunk.extend_from_slice(data);
        chunk.extend_from_slice(&[0, 0, 0, 0]); // CRC, not checked here
        chunk
    }

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut segment = vec![0xFF, marker];
        segment.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        segment.extend_from_slice(payload);
        segment
    }

    #[test]
    fn a_pngs_text_and_exif_chunks_go_and_its_picture_stays() {
        let signature = b"\x89PNG\r\n\x1a\n".to_vec();
        let header = png_chunk(b"IHDR", &[0; 13]);
        let picture = png_chunk(b"IDAT", b"compressed pixels");
        let end = png_chunk(b"IEND", b"");
        let png = [
            signature.clone(),
            header.clone(),
            png_chunk(b"tEXt", b"Location\0Sacramento 38.58,-121.49"),
            png_chunk(b"eXIf", b"MM\0*GPS"),
            png_chunk(b"tIME", &[7; 7]),
            picture.clone(),
            end.clone(),
        ]
        .concat();
        let kept = without_metadata(ImageFormat::Png, &png).unwrap();
        assert_eq!(kept, [signature, header, picture, end].concat());
        // Cut short, or a chunk longer than the file: not a PNG.
        assert_eq!(
            without_metadata(ImageFormat::Png, &png[..png.len() - 3]),
            None
        );
        let mut lying = png.clone();
        lying[8..12].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(without_metadata(ImageFormat::Png, &lying), None);
    }

    #[test]
    fn a_jpegs_exif_and_comments_go_and_its_picture_stays() {
        let jfif = segment(0xE0, b"JFIF\0\x01\x02\0\0\x01\0\x01\0\0");
        let icc = segment(0xE2, b"ICC_PROFILE\0\x01\x01profile");
        let tables = segment(0xDB, &[0; 65]);
        let scan = [
            segment(0xDA, &[1, 1, 0, 0, 63, 0]),
            b"\x12\xFF\x00\x34".to_vec(),
        ]
        .concat();
        let jpeg = [
            vec![0xFF, 0xD8],
            jfif.clone(),
            segment(0xE1, b"Exif\0\0MM\0*GPSLatitude 38.58"),
            segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"),
            icc.clone(),
            segment(0xE2, b"MPF\0other picture"),
            segment(0xFE, b"taken at home"),
            vec![0xFF, 0xFF], // fill bytes before the next marker
            tables.clone(),
            scan.clone(),
            vec![0xFF, 0xD9],
        ]
        .concat();
        let kept = without_metadata(ImageFormat::Jpeg, &jpeg).unwrap();
        let expected = [vec![0xFF, 0xD8], jfif, icc, tables, scan, vec![0xFF, 0xD9]].concat();
        assert_eq!(kept, expected);
        assert!(!kept.windows(3).any(|w| w == b"GPS"));
        // Not a JPEG's structure: refused.
        assert_eq!(without_metadata(ImageFormat::Jpeg, &jpeg[..20]), None);
        assert_eq!(
            without_metadata(ImageFormat::Jpeg, b"\xFF\xD8\xFF\xE1\x00"),
            None
        );
        assert_eq!(
            without_metadata(ImageFormat::Jpeg, b"\xFF\xD8\xFF\xE0\x00\x01"),
            None
        );
    }

    #[test]
    fn nothing_after_a_jpegs_end_is_kept_and_its_scans_are_kept_whole() {
        // Two scans (as a progressive JPEG has) with stuffed zeros, a restart marker and an
        // APP segment between them; then what a phone appends after the end: a second
        // picture with its own EXIF, and a video.
        let first_scan = [
            segment(0xDA, &[1, 1, 0, 0, 63, 0]),
            b"\x12\xFF\x00\x34\xFF\xD0\x56".to_vec(),
        ]
        .concat();
        let tables = segment(0xC4, &[0; 20]);
        let second_scan = [
            segment(0xDA, &[1, 1, 0, 1, 63, 0]),
            b"\x78\xFF\x00".to_vec(),
        ]
        .concat();
        let appended = [
            vec![0xFF, 0xD8],
            segment(0xE1, b"Exif\0\0MM\0*GPSLatitude 38.58"),
            b"ftypmp42 motion photo".to_vec(),
        ]
        .concat();
        let jpeg = [
            vec![0xFF, 0xD8],
            first_scan.clone(),
            segment(0xE1, b"Exif\0\0between scans GPS"),
            tables.clone(),
            second_scan.clone(),
            vec![0xFF, 0xD9],
            appended,
        ]
        .concat();
        let kept = without_metadata(ImageFormat::Jpeg, &jpeg).unwrap();
        let expected = [
            vec![0xFF, 0xD8],
            first_scan,
            tables,
            second_scan,
            vec![0xFF, 0xD9],
        ]
        .concat();
        assert_eq!(kept, expected);
        assert!(!kept.windows(3).any(|w| w == b"GPS"));
    }
}
