//! Table files: CSV in UTF-8 or GB18030 (detected or chosen), and `.xlsx` (read with calamine,
//! written by a small stored-zip writer). The parsing of cells is the library's
//! (`minzheng::tables`); this module only turns files into grids of text and back.

use crate::Failure;
use calamine::{open_workbook_auto, Dimensions, Reader, Sheets};
use clap::ValueEnum;
use minzheng::tables::{parse_csv, write_csv, CellRange, Grid, Table, TableError};
use minzheng::text::{self, TextEncoding};
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
        Failure::coded(e.code(), &e)
    }
}

/// Whether the path names a spreadsheet rather than CSV.
pub fn is_spreadsheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].contains(&e.to_ascii_lowercase().as_str()))
}

/// One sheet of a table file (a CSV file is one sheet).
pub struct Sheet {
    /// The sheet's name (the file name for CSV).
    pub name: String,
    /// The cells as read: the value of a merged region in its first cell, the others blank.
    pub grid: Grid,
    /// The regions merged in the file (none for CSV, whose merges the importers infer).
    pub merges: Vec<CellRange>,
    /// How it was read (`UTF-8`, `GB18030`, `xlsx: sheet 2 "行政处罚"`).
    pub how: String,
}

fn bad(code: &str, text: String) -> Failure {
    Failure::new(code, text)
}

/// Reads a table file: every sheet of a workbook (or the one `pick` names: a sheet name or a
/// 1-based number), or the CSV file as one sheet. Merged regions come from the file (xlsx and
/// xls); blank sheets are left out.
pub fn read_sheets(
    path: &Path,
    encoding: Encoding,
    pick: Option<&str>,
) -> Result<Vec<Sheet>, Failure> {
    let p = path.display();
    if !is_spreadsheet(path) {
        let bytes = std::fs::read(path).map_err(|e| crate::io::read_error(path, &e))?;
        let (text, used) = decode(&bytes, encoding).map_err(|enc| {
            bad(
                "bad_encoding",
                format!("{p} 不是有效的 {enc} 文本（可用 --encoding 指定编码） / {p} is not valid {enc} text (choose with --encoding)"),
            )
        })?;
        let grid = parse_csv(&text).map_err(|e| Failure::coded(e.code(), &e).within(&p))?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(vec![Sheet {
            name,
            grid,
            merges: Vec::new(),
            how: used.to_owned(),
        }]);
    }
    let mut book = open_workbook_auto(path).map_err(|e| {
        bad(
            "bad_spreadsheet",
            format!("无法读取电子表格 {p} / cannot read spreadsheet {p}: {e}"),
        )
    })?;
    let names = book.sheet_names();
    let chosen: Vec<(usize, String)> = match pick {
        None => names.iter().cloned().enumerate().collect(),
        Some(want) => {
            let by_number = want
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| names.get(i).map(|n| (i, n.clone())));
            let by_name = names
                .iter()
                .position(|n| n == want)
                .and_then(|i| names.get(i).map(|n| (i, n.clone())));
            match by_name.or(by_number) {
                Some(one) => vec![one],
                None => {
                    return Err(bad(
                        "no_sheet",
                        format!(
                            "{p} 没有工作表“{want}”（有：{}） / {p} has no sheet \"{want}\" (it has: {})",
                            names.join("、"),
                            names.join(", ")
                        ),
                    ))
                }
            }
        }
    };
    if let Sheets::Xlsx(x) = &mut book {
        x.load_merged_regions().map_err(|e| {
            bad(
                "bad_spreadsheet",
                format!("无法读取 {p} 的合并单元格 / cannot read the merged cells of {p}: {e}"),
            )
        })?;
    }
    let mut sheets = Vec::new();
    for (i, name) in chosen {
        let range = book.worksheet_range(&name).map_err(|e| {
            bad(
                "bad_spreadsheet",
                format!("无法读取 {p} 的工作表“{name}” / cannot read sheet \"{name}\" of {p}: {e}"),
            )
        })?;
        // Rows and columns before the first used cell are blank, so that the grid and the
        // merged regions use the sheet's own coordinates.
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut grid: Grid = vec![Vec::new(); top as usize];
        grid.extend(range.rows().map(|r| {
            let mut row = vec![String::new(); left as usize];
            row.extend(r.iter().map(|c| c.to_string()));
            row
        }));
        if grid.iter().all(|r| r.iter().all(|c| c.trim().is_empty())) {
            continue;
        }
        let dims: Vec<Dimensions> = match &book {
            Sheets::Xlsx(x) => x
                .merged_regions_by_sheet(&name)
                .into_iter()
                .map(|(_, _, d)| *d)
                .collect(),
            Sheets::Xls(x) => x.worksheet_merge_cells(&name).unwrap_or_default(),
            _ => Vec::new(),
        };
        let merges = dims
            .iter()
            .map(|d| CellRange {
                first_row: d.start.0 as usize,
                first_col: d.start.1 as usize,
                last_row: d.end.0 as usize,
                last_col: d.end.1 as usize,
            })
            .collect();
        sheets.push(Sheet {
            how: format!("xlsx: 工作表 / sheet {} \"{name}\"", i + 1),
            name,
            grid,
            merges,
        });
    }
    if sheets.is_empty() {
        return Err(bad(
            "empty_table",
            format!("电子表格 {p} 没有非空的工作表 / spreadsheet {p} has no sheet with content"),
        ));
    }
    Ok(sheets)
}

impl From<Encoding> for TextEncoding {
    fn from(e: Encoding) -> Self {
        match e {
            Encoding::Auto => TextEncoding::Auto,
            Encoding::Utf8 => TextEncoding::Utf8,
            Encoding::Gb18030 => TextEncoding::Gb18030,
        }
    }
}

/// Decodes CSV bytes (the library's `minzheng::text::decode`); the error names the encoding
/// that failed.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<(String, &'static str), &'static str> {
    match text::decode(bytes, encoding.into()) {
        Ok(d) if d.detected => Ok((d.text, "GB18030 (自动识别 / detected)")),
        Ok(d) => Ok((d.text, d.encoding.name())),
        Err(_) => Err(match encoding {
            Encoding::Auto => "UTF-8 / GB18030",
            Encoding::Utf8 => "UTF-8",
            Encoding::Gb18030 => "GB18030",
        }),
    }
}

/// CSV bytes of a grid: UTF-8 with a BOM (so that Excel opens it correctly), or GB18030.
pub fn csv_bytes(grid: &Grid, encoding: Encoding) -> Vec<u8> {
    let csv = write_csv(grid);
    // The default build of the library has GB18030; UTF-8 never fails.
    text::encode(&csv, encoding.into()).unwrap_or_else(|_| csv.into_bytes())
}

/// An `.xlsx` workbook with one worksheet per table (inline strings, the tables' merged
/// regions as `<mergeCells>`), zipped by the `zip` crate. Excel, LibreOffice, calamine and
/// openpyxl read it.
pub fn xlsx_bytes(sheets: &[(&str, &Table)]) -> Result<Vec<u8>, Failure> {
    let mut parts: Vec<(String, String)> = Vec::new();
    let mut overrides = String::new();
    let mut entries = String::new();
    let mut rels = String::new();
    for (k, (name, table)) in sheets.iter().enumerate() {
        let n = k + 1;
        overrides.push_str(&format!("<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
        entries.push_str(&format!(
            "<sheet name=\"{}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>",
            xml_escape(name)
        ));
        rels.push_str(&format!("<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"));
        parts.push((format!("xl/worksheets/sheet{n}.xml"), sheet_xml(table)));
    }
    let mut all: Vec<(String, String)> = vec![
        ("[Content_Types].xml".to_owned(), format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>{overrides}</Types>")),
        ("_rels/.rels".to_owned(), "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".to_owned()),
        ("xl/workbook.xml".to_owned(), format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>{entries}</sheets></workbook>")),
        ("xl/_rels/workbook.xml.rels".to_owned(), format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>")),
    ];
    all.extend(parts);
    zip_parts(&all)
}

/// One worksheet: the cells, then the merged regions (after `sheetData`, as the schema
/// orders them).
fn sheet_xml(table: &Table) -> String {
    let mut sheet = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
    );
    for (r, row) in table.rows.iter().enumerate() {
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
    sheet.push_str("</sheetData>");
    if !table.merges.is_empty() {
        sheet.push_str(&format!("<mergeCells count=\"{}\">", table.merges.len()));
        for m in &table.merges {
            sheet.push_str(&format!(
                "<mergeCell ref=\"{}{}:{}{}\"/>",
                column_letters(m.first_col),
                m.first_row + 1,
                column_letters(m.last_col),
                m.last_row + 1
            ));
        }
        sheet.push_str("</mergeCells>");
    }
    sheet.push_str("</worksheet>");
    sheet
}

/// A table as an HTML page, merged regions as `rowspan` / `colspan`; title lines (merged
/// across the width) become the caption, the header rows `<th>`.
pub fn table_html(table: &Table, title: &str, header_rows: usize) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>table{{border-collapse:collapse}}td,th{{border:1px solid #444;padding:4px;vertical-align:top;white-space:pre-wrap}}</style>\n</head>\n<body>\n<table>\n",
        html_escape(title)
    );
    for (r, row) in table.rows.iter().enumerate() {
        out.push_str("<tr>");
        for (c, cell) in row.iter().enumerate() {
            let region = table.merges.iter().find(|m| m.contains(r, c));
            if region.is_some_and(|m| (m.first_row, m.first_col) != (r, c)) {
                continue;
            }
            let tag = if r < header_rows { "th" } else { "td" };
            let mut attrs = String::new();
            if let Some(m) = region {
                if m.last_row > m.first_row {
                    attrs.push_str(&format!(" rowspan=\"{}\"", m.last_row - m.first_row + 1));
                }
                if m.last_col > m.first_col {
                    attrs.push_str(&format!(" colspan=\"{}\"", m.last_col - m.first_col + 1));
                }
            }
            out.push_str(&format!("<{tag}{attrs}>{}</{tag}>", html_escape(cell)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n</body>\n</html>\n");
    out
}

use minzheng::text::escape_html as html_escape;

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

/// A zip archive of the parts, deflated, written by the `zip` crate (the one calamine reads
/// with). Every entry carries the same fixed time, 1 January 2026 00:00, so that the output is
/// reproducible; sizes past 4 GiB switch to zip64 in the crate.
fn zip_parts(parts: &[(String, String)]) -> Result<Vec<u8>, Failure> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let fail = |e: &dyn std::fmt::Display| {
        Failure::new(
            "internal",
            format!("无法写出 xlsx / cannot write the xlsx: {e}"),
        )
    };
    let time = zip::DateTime::from_date_and_time(2026, 1, 1, 0, 0, 0).map_err(|e| fail(&e))?;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(time);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        zip.start_file(name.as_str(), options)
            .map_err(|e| fail(&e))?;
        zip.write_all(text.as_bytes()).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_run_past_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
    }

    #[test]
    fn gb18030_is_detected_when_the_bytes_are_not_utf8() {
        let bytes = csv_bytes(
            &vec![vec!["序号".to_owned(), "事项名称".to_owned()]],
            Encoding::Gb18030,
        );
        let (text, used) = decode(&bytes, Encoding::Auto).unwrap_or_default();
        assert_eq!(text, "序号,事项名称\r\n");
        assert!(used.starts_with("GB18030"));
    }
}

#[cfg(test)]
mod workbook_tests {
    use super::*;

    fn cells(rows: &[&[&str]]) -> Grid {
        rows.iter()
            .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    }

    #[test]
    fn written_merges_and_sheets_read_back() {
        let first = Table {
            rows: cells(&[
                &["总共1项事项", "", ""],
                &["序号", "名称", "主体"],
                &["1", "甲", "局"],
            ]),
            merges: vec![CellRange {
                first_row: 0,
                first_col: 0,
                last_row: 0,
                last_col: 2,
            }],
        };
        let second = Table {
            rows: cells(&[&["", ""], &["", "乙"]]),
            merges: Vec::new(),
        };
        let bytes = xlsx_bytes(&[("一", &first), ("二", &second)]).unwrap_or_default();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone()))
            .unwrap_or_else(|e| unreachable!("{e}"));
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut zip
                .by_name("xl/worksheets/sheet1.xml")
                .unwrap_or_else(|e| unreachable!("{e}")),
            &mut xml,
        )
        .unwrap_or_default();
        assert!(xml.contains(r#"<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>"#));
        // Deflated, and the same bytes every time.
        assert!(
            zip.by_index(0).map(|f| f.compression()).ok() == Some(zip::CompressionMethod::Deflated)
        );
        assert_eq!(
            xlsx_bytes(&[("一", &first), ("二", &second)]).unwrap_or_default(),
            bytes
        );
        let dir = std::env::temp_dir().join(format!("minzheng-io-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let path = dir.join("two.xlsx");
        std::fs::write(&path, &bytes).unwrap_or_default();
        let sheets = read_sheets(&path, Encoding::Auto, None).unwrap_or_default();
        let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["一", "二"]);
        assert_eq!(sheets.first().map(|s| s.merges.clone()), Some(first.merges));
        // The second sheet starts at B2: its cells keep their place.
        assert_eq!(
            sheets.get(1).map(|s| s.grid.clone()),
            Some(cells(&[&[], &["", "乙"]]))
        );
        let picked = read_sheets(&path, Encoding::Auto, Some("2")).unwrap_or_default();
        assert_eq!(picked.len(), 1);
        assert!(read_sheets(&path, Encoding::Auto, Some("三")).is_err());
    }
}
