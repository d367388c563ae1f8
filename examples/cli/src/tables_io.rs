//! Table files: CSV in UTF-8 or GB18030 (detected or chosen), and `.xlsx` (read with calamine,
//! written by a small stored-zip writer). The parsing of cells is the library's
//! (`minzheng::tables`); this module only turns files into grids of text and back.

use crate::Failure;
use calamine::{open_workbook_auto, Reader};
use clap::ValueEnum;
use minzheng::tables::{parse_csv, write_csv, Grid, TableError};
use std::path::Path;

/// The text encoding of a CSV file.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 if the bytes are valid UTF-8 (or start with its BOM), otherwise GB18030.
    Auto,
    /// UTF-8 (a BOM is skipped).
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// GB18030 (and so GBK and GB2312), what Excel on Chinese Windows writes as "CSV".
    #[value(name = "gb18030", alias = "gbk")]
    Gb18030,
}

impl From<TableError> for Failure {
    fn from(e: TableError) -> Self {
        Failure::new(e.code(), e.to_string())
    }
}

/// Whether the path names a spreadsheet rather than CSV.
pub fn is_spreadsheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads a table file into a grid; returns the grid and a description of how it was read
/// (`UTF-8`, `GB18030`, `xlsx: sheet 1 "名称"`).
pub fn read_grid(path: &Path, encoding: Encoding) -> Result<(Grid, String), Failure> {
    let p = path.display();
    if is_spreadsheet(path) {
        let mut book = open_workbook_auto(path).map_err(|e| {
            Failure::new(
                "bad_spreadsheet",
                format!("无法读取电子表格 {p} / cannot read spreadsheet {p}: {e}"),
            )
        })?;
        let name = book.sheet_names().into_iter().next().unwrap_or_default();
        let range = book
            .worksheet_range_at(0)
            .ok_or_else(|| {
                Failure::new(
                    "bad_spreadsheet",
                    format!("电子表格 {p} 没有工作表 / spreadsheet {p} has no sheet"),
                )
            })?
            .map_err(|e| {
                Failure::new(
                    "bad_spreadsheet",
                    format!(
                        "无法读取 {p} 的第一个工作表 / cannot read the first sheet of {p}: {e}"
                    ),
                )
            })?;
        let grid = range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        return Ok((grid, format!("xlsx: 工作表 / sheet 1 \"{name}\"")));
    }
    let bytes = std::fs::read(path).map_err(|e| crate::io::read_error(path, &e))?;
    let (text, used) = decode(&bytes, encoding).map_err(|enc| {
        Failure::new(
            "bad_encoding",
            format!("{p} 不是有效的 {enc} 文本（可用 --encoding 指定编码） / {p} is not valid {enc} text (choose with --encoding)"),
        )
    })?;
    let grid = parse_csv(&text).map_err(|e| Failure::new(e.code(), format!("{p}: {e}")))?;
    Ok((grid, used.to_owned()))
}

/// Decodes CSV bytes; the error names the encoding that failed.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<(String, &'static str), &'static str> {
    let utf8 = |b: &[u8]| {
        let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
        std::str::from_utf8(b).map(str::to_owned)
    };
    let gb = |b: &[u8]| {
        encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(b)
            .map(|c| c.into_owned())
    };
    match encoding {
        Encoding::Utf8 => utf8(bytes).map(|t| (t, "UTF-8")).map_err(|_| "UTF-8"),
        Encoding::Gb18030 => gb(bytes).map(|t| (t, "GB18030")).ok_or("GB18030"),
        Encoding::Auto => match utf8(bytes) {
            Ok(t) => Ok((t, "UTF-8")),
            // Valid UTF-8 of Chinese text is almost never valid GB18030 by accident and the
            // reverse fails fast, so trying UTF-8 first is safe.
            Err(_) => gb(bytes)
                .map(|t| (t, "GB18030 (自动识别 / detected)"))
                .ok_or("UTF-8 / GB18030"),
        },
    }
}

/// CSV bytes of a grid: UTF-8 with a BOM (so that Excel opens it correctly), or GB18030.
pub fn csv_bytes(grid: &Grid, encoding: Encoding) -> Vec<u8> {
    let text = write_csv(grid);
    match encoding {
        Encoding::Gb18030 => encoding_rs::GB18030.encode(&text).0.into_owned(),
        Encoding::Utf8 | Encoding::Auto => {
            let mut v = b"\xEF\xBB\xBF".to_vec();
            v.extend_from_slice(text.as_bytes());
            v
        }
    }
}

/// An `.xlsx` workbook with one sheet holding the grid (inline strings, first row bold-free),
/// as a stored (uncompressed) zip. Excel, LibreOffice and calamine read it.
pub fn xlsx_bytes(grid: &Grid, sheet_name: &str) -> Vec<u8> {
    let mut sheet = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
    );
    for (r, row) in grid.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            sheet.push_str(&format!(
                "<c r=\"{}{}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                column_letters(c),
                r + 1,
                xml_escape(cell)
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let parts: [(&str, String); 5] = [
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>".to_owned()),
        ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".to_owned()),
        ("xl/workbook.xml", format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"{}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>", xml_escape(sheet_name))),
        ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>".to_owned()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    stored_zip(&parts)
}

fn column_letters(mut i: usize) -> String {
    let mut s = Vec::new();
    i += 1;
    while i > 0 {
        let r = (i - 1) % 26;
        s.push(b'A' + r as u8);
        i = (i - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Control characters other than tab and line breaks are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// CRC-32 (IEEE), bitwise: the parts are small.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// A zip archive with every entry stored (method 0). Sizes fit in 32 bits for any table we
/// write; larger output would need zip64 and is not supported.
fn stored_zip(parts: &[(&str, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    // 1 January 2026, 00:00 in MS-DOS format: a fixed time keeps the output reproducible.
    let (dos_time, dos_date): (u16, u16) = (0, ((2026 - 1980) << 9) | (1 << 5) | 1);
    for (name, text) in parts {
        let data = text.as_bytes();
        let crc = crc32(data);
        let size = data.len() as u32;
        let offset = out.len() as u32;
        let le16 = |v: u16| v.to_le_bytes();
        let le32 = |v: u32| v.to_le_bytes();
        let mut local = Vec::new();
        local.extend_from_slice(&le32(0x0403_4b50));
        local.extend_from_slice(&le16(20)); // version needed
        local.extend_from_slice(&le16(0x0800)); // UTF-8 names
        local.extend_from_slice(&le16(0)); // stored
        local.extend_from_slice(&le16(dos_time));
        local.extend_from_slice(&le16(dos_date));
        local.extend_from_slice(&le32(crc));
        local.extend_from_slice(&le32(size));
        local.extend_from_slice(&le32(size));
        local.extend_from_slice(&le16(name.len() as u16));
        local.extend_from_slice(&le16(0));
        local.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&local);
        out.extend_from_slice(data);
        central.extend_from_slice(&le32(0x0201_4b50));
        central.extend_from_slice(&le16(20)); // version made by
        central.extend_from_slice(&le16(20));
        central.extend_from_slice(&le16(0x0800));
        central.extend_from_slice(&le16(0));
        central.extend_from_slice(&le16(dos_time));
        central.extend_from_slice(&le16(dos_date));
        central.extend_from_slice(&le32(crc));
        central.extend_from_slice(&le32(size));
        central.extend_from_slice(&le32(size));
        central.extend_from_slice(&le16(name.len() as u16));
        central.extend_from_slice(&le16(0)); // extra
        central.extend_from_slice(&le16(0)); // comment
        central.extend_from_slice(&le16(0)); // disk
        central.extend_from_slice(&le16(0)); // internal attributes
        central.extend_from_slice(&le32(0)); // external attributes
        central.extend_from_slice(&le32(offset));
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    let cd_size = central.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn column_letters_run_past_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
    }

    #[test]
    fn gb18030_is_detected_when_the_bytes_are_not_utf8() {
        let bytes = encoding_rs::GB18030.encode("序号,事项名称").0.into_owned();
        let (text, used) = decode(&bytes, Encoding::Auto).unwrap_or_default();
        assert_eq!(text, "序号,事项名称");
        assert!(used.starts_with("GB18030"));
    }
}
