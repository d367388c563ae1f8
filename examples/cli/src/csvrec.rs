//! CSV records for the batch commands, read with the `csv` crate: a quoted cell may hold commas,
//! doubled quotes and line breaks (RFC 4180), so a record is not a line. Blocks of a streamed
//! file are cut only between records (and, for household files, between households), with the
//! same quoting rules the `csv` crate applies when it reads them.
//!
//! A block without a single `"` byte cannot hold a quoted cell: there every line is a record,
//! and it is read by the plain line splitter (core's `eligibility::csv`), which gives the same
//! cells at a third of the cost; the `csv` crate reads every block that has a quote.

use minzheng::eligibility::csv::{household_from_cells, Cells, HouseholdCsv};
use minzheng::eligibility::Household;

/// `true` when the bytes hold a `"` (memchr: the scan costs next to nothing).
fn has_quote(bytes: &[u8]) -> bool {
    memchr::memchr(b'"', bytes).is_some()
}

/// One record's cells.
pub struct Row(pub csv::StringRecord);

impl Cells for Row {
    fn cell(&self, i: usize) -> Option<&str> {
        self.0.get(i)
    }
}

/// A reader of the records of one block (no header: the caller read it).
pub fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
}

/// The offsets just past every record's final `\n` in `block`, which starts at a record
/// boundary. Quoting as the `csv` crate reads it (its defaults): a quote opens a quoted cell only
/// at the start of a cell, `""` inside it is a quote, and after the closing quote the cell goes on
/// unquoted; `\r` and `\n` end a record outside quotes.
pub fn record_ends(block: &[u8]) -> Vec<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum S {
        CellStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut ends = Vec::new();
    if !has_quote(block) {
        // No quote anywhere: every line break ends a record.
        ends.extend(
            block
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        return ends;
    }
    let mut s = S::CellStart;
    for (i, b) in block.iter().enumerate() {
        s = match (s, *b) {
            (S::Quoted, b'"') => S::QuoteInQuoted,
            (S::Quoted, _) => S::Quoted,
            (S::QuoteInQuoted, b'"') => S::Quoted,
            (S::CellStart, b'"') => S::Quoted,
            (_, b',') => S::CellStart,
            (_, b'\n') => {
                ends.push(i + 1);
                S::CellStart
            }
            (_, b'\r') => S::CellStart,
            _ => S::Unquoted,
        };
    }
    ends
}

/// How a streamed file is cut into blocks.
#[derive(Clone, Copy)]
pub enum Cut<'a> {
    /// One item a line (JSON Lines): after any line break.
    Lines,
    /// CSV records: between records.
    Records,
    /// Household CSV: between households (runs of records with one `household_id`).
    Households(&'a HouseholdCsv),
}

impl<'a> Cut<'a> {
    /// Households when there are CSV columns, else lines.
    pub fn households_or_lines(cols: Option<&'a HouseholdCsv>) -> Self {
        cols.map_or(Cut::Lines, Cut::Households)
    }
}

/// Where to cut `block` so that it ends with whole items (see [`Cut`]): for households, after
/// the last complete record, moved back to the first record of the last household, which may
/// continue in the next block. `None` when no cut is possible yet.
pub fn cut_point(block: &[u8], cut: Cut) -> Option<usize> {
    let cols = match cut {
        Cut::Lines => return last_line_end(block),
        Cut::Records if !has_quote(block) => return last_line_end(block),
        Cut::Records => return record_ends(block).last().copied(),
        Cut::Households(cols) if !has_quote(block) => return plain_household_cut(block, cols),
        Cut::Households(cols) => cols,
    };
    let ends = record_ends(block);
    // Record k spans starts[k]..ends[k]; starts are 0 and the earlier ends.
    let start_of = |k: usize| {
        if k == 0 {
            0
        } else {
            ends.get(k - 1).copied().unwrap_or(0)
        }
    };
    let id_of = |k: usize| -> Option<String> {
        let bytes = block.get(start_of(k)..ends.get(k).copied()?)?;
        let mut record = csv::StringRecord::new();
        reader(bytes).read_record(&mut record).ok()?;
        Some(cols.household_id_of(&Row(record)).to_owned())
    };
    let mut k = ends.len() - 1;
    let id = id_of(k);
    while k > 0 && id_of(k - 1) == id {
        k -= 1;
    }
    (k > 0).then(|| start_of(k))
}

/// Physical line numbers of byte offsets in a block, counted forward (offsets must not go back).
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    fn new(bytes: &'a [u8], first_line: u64) -> Self {
        Lines {
            bytes,
            at: 0,
            line: first_line,
        }
    }

    /// The line on which the record at `pos` starts. (The `csv` crate's own line count leaves out
    /// the blank lines it skips, so it is not used.)
    fn of(&mut self, pos: Option<&csv::Position>) -> u64 {
        let to = pos.map_or(self.at, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let mut to = to.clamp(self.at, self.bytes.len());
        // A record's position is taken before the blank lines skipped ahead of it.
        while matches!(self.bytes.get(to), Some(b'\n' | b'\r')) {
            to += 1;
        }
        let skipped = self.bytes.get(self.at..to).unwrap_or(&[]);
        self.line += skipped.iter().filter(|b| **b == b'\n').count() as u64;
        self.at = to;
        self.line
    }
}

fn last_line_end(block: &[u8]) -> Option<usize> {
    block.iter().rposition(|b| *b == b'\n').map(|p| p + 1)
}

/// [`cut_point`] for households in a block without quotes: every line is a record.
fn plain_household_cut(block: &[u8], cols: &HouseholdCsv) -> Option<usize> {
    let last_nl = block.iter().rposition(|b| *b == b'\n')?;
    let line_start = |end: usize| -> usize {
        block
            .get(..end)
            .and_then(|b| b.iter().rposition(|c| *c == b'\n'))
            .map_or(0, |p| p + 1)
    };
    let id_of = |from: usize, to: usize| -> &[u8] {
        let line = block.get(from..to).unwrap_or(&[]);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        cols.household_id(std::str::from_utf8(line).unwrap_or(""))
            .trim_ascii()
            .as_bytes()
    };
    let mut start = line_start(last_nl);
    let id = id_of(start, last_nl);
    while start > 0 {
        let prev = line_start(start - 1);
        if id_of(prev, start - 1) != id {
            break;
        }
        start = prev;
    }
    (start > 0).then_some(start)
}

/// The non-blank lines of a block, `\r` removed.
fn plain_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.trim_ascii().is_empty())
}

/// `true` when every cell of the record is blank (a blank line).
fn blank(r: &csv::StringRecord) -> bool {
    r.iter().all(|c| c.trim_ascii().is_empty())
}

/// The households of a block of whole households, in order (a run of records with the same
/// `household_id` is one household), each handed to `each`; parse errors as `Err` with their
/// line. Returns the number of non-blank records read.
pub fn households(
    bytes: &[u8],
    first_line: u64,
    cols: &HouseholdCsv,
    mut each: impl FnMut(Result<Household, String>),
) -> u64 {
    if !has_quote(bytes) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            let lines: Vec<&str> = plain_lines(text).collect();
            for hh in cols.households(&lines) {
                each(hh.map_err(|e| e.to_string()));
            }
            return lines.len() as u64;
        }
    }
    let mut rdr = reader(bytes);
    let mut lines = Lines::new(bytes, first_line);
    let mut rows: Vec<Row> = Vec::new();
    let mut n = 0usize;
    let mut records = 0u64;
    let flush = |rows: &[Row], each: &mut dyn FnMut(Result<Household, String>)| {
        if !rows.is_empty() {
            each(household_from_cells(cols, rows).map_err(|e| e.to_string()));
        }
    };
    loop {
        if rows.len() == n {
            rows.push(Row(csv::StringRecord::new()));
        }
        let Some(slot) = rows.get_mut(n) else { break };
        match rdr.read_record(&mut slot.0) {
            Ok(false) => break,
            Ok(true) if blank(&slot.0) => continue,
            Ok(true) => records += 1,
            Err(e) => {
                records += 1;
                flush(rows.get(..n).unwrap_or(&[]), &mut each);
                n = 0;
                let line = lines.of(e.position());
                each(Err(format!(
                    "第 {line} 行不是有效的 UTF-8 文本 / line {line} is not valid UTF-8 text"
                )));
                continue;
            }
        }
        let same = match (rows.first(), rows.get(n)) {
            (Some(a), Some(b)) if n > 0 => cols.household_id_of(a) == cols.household_id_of(b),
            _ => true,
        };
        if same {
            n += 1;
        } else {
            flush(rows.get(..n).unwrap_or(&[]), &mut each);
            rows.swap(0, n);
            n = 1;
        }
    }
    flush(rows.get(..n).unwrap_or(&[]), &mut each);
    records
}

/// Every non-blank record of a block as its cells, with its 1-based line in the file
/// (`first_line` is the block's first line); a record that is not UTF-8 comes as `Err(())`.
pub fn for_each_record(
    bytes: &[u8],
    first_line: u64,
    mut each: impl FnMut(u64, Result<&[&str], ()>),
) {
    if !has_quote(bytes) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            for (i, l) in text.split('\n').enumerate() {
                let l = l.strip_suffix('\r').unwrap_or(l);
                if l.trim_ascii().is_empty() {
                    continue;
                }
                with_cells(l.split(','), |cells| each(first_line + i as u64, Ok(cells)));
            }
            return;
        }
    }
    let mut rdr = reader(bytes);
    let mut lines = Lines::new(bytes, first_line);
    let mut record = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) if blank(&record) => {}
            Ok(true) => {
                let line = lines.of(record.position());
                with_cells(record.iter(), |cells| each(line, Ok(cells)));
            }
            Err(e) => each(lines.of(e.position()), Err(())),
        }
    }
}

/// Hands a record's cells to `f` in one pass: on the stack for the handful of columns record
/// files have, spilled to the heap past 32.
fn with_cells<'a, R>(cells: impl Iterator<Item = &'a str>, f: impl FnOnce(&[&'a str]) -> R) -> R {
    const MAX: usize = 32;
    let mut stack = [""; MAX];
    let mut n = 0;
    let mut heap: Vec<&str> = Vec::new();
    for cell in cells {
        match stack.get_mut(n) {
            Some(slot) if heap.is_empty() => *slot = cell,
            _ => {
                if heap.is_empty() {
                    heap.extend_from_slice(&stack);
                }
                heap.push(cell);
            }
        }
        n += 1;
    }
    if heap.is_empty() {
        f(stack.get(..n).unwrap_or(&[]))
    } else {
        f(&heap)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "household_id,area,residence,village,application_date,name,relation,birth_date,disability_category,disability_grade,status,wage,agricultural,pension,financial_assets,vehicle_value,extra_housing,id_number";

    fn cols() -> HouseholdCsv {
        HouseholdCsv::from_header(HEADER).unwrap()
    }

    #[test]
    fn record_ends_follow_the_csv_crate_on_quotes() {
        let block = b"a,\"x\ny\",b\nc,d\"e\nf\n\"g\"\"\nh\",i\r\nj\n";
        let ends = record_ends(block);
        assert_eq!(ends, vec![10, 16, 18, 29, 31]);
        // Cut at those ends, the pieces hold the same records as the whole block.
        let all = |b: &[u8]| -> Vec<csv::ByteRecord> {
            reader(b).byte_records().map(|r| r.unwrap()).collect()
        };
        let mut pieces = Vec::new();
        let mut start = 0;
        for e in &ends {
            pieces.extend(all(&block[start..*e]));
            start = *e;
        }
        assert_eq!(pieces, all(block));
        assert_eq!(pieces.len(), 5);
    }

    #[test]
    fn a_quoted_line_break_stays_in_its_household() {
        let body = "H1,urban,110105,\"示例\n村\",2026-06-01,甲,applicant,1980-01-01,,,,0,0,0,0,0,0,\nH1,urban,110105,x,2026-06-01,乙,spouse,1981-01-01,,,,0,0,0,,,,\nH2,rural,110105,y,2026-06-01,丙,applicant,1950-01-01,,,,0,0,0,0,0,0,\n";
        let mut got = Vec::new();
        let n = households(body.as_bytes(), 2, &cols(), |h| got.push(h));
        assert_eq!(n, 3);
        assert_eq!(got.len(), 2);
        let h1 = got[0].as_ref().unwrap();
        assert_eq!(h1.case_id, "H1");
        assert_eq!(h1.village, "示例\n村");
        assert_eq!(h1.members.len(), 2);
        assert_eq!(got[1].as_ref().unwrap().case_id, "H2");
        // The cut never falls inside the quoted cell nor between H1's two records.
        let cut = cut_point(body.as_bytes(), Cut::Households(&cols())).unwrap();
        assert!(body[cut..].starts_with("H2,"), "{cut}");
    }

    #[test]
    fn no_cut_inside_an_open_quote() {
        assert_eq!(cut_point(b"a,\"open\nstill open\n", Cut::Records), None);
        assert_eq!(cut_point(b"a,b\nc,\"open\n", Cut::Records), Some(4));
        // JSON Lines are cut at line breaks whatever their quotes.
        let json = b"{\"a\":\"x,\\\"y\"}\n{\"b\":1}\n{";
        assert_eq!(cut_point(json, Cut::Lines), Some(json.len() - 1));
    }

    #[test]
    fn invalid_utf8_is_an_error_with_its_line() {
        let mut got = Vec::new();
        for_each_record(b"\"a\",b\n\xff,c\n\nd,e\n", 10, |line, r| {
            got.push((line, r.map(|r| r.join("|"))))
        });
        assert_eq!(
            got,
            vec![
                (10, Ok("a|b".to_owned())),
                (11, Err(())),
                (13, Ok("d|e".to_owned()))
            ]
        );
        // Without quotes (the plain splitter): the same cells and lines.
        let mut plain = Vec::new();
        for_each_record(b"a,b\n\nd,e\r\n", 10, |line, r| {
            plain.push((line, r.map(|r| r.join("|"))))
        });
        assert_eq!(
            plain,
            vec![(10, Ok("a|b".to_owned())), (12, Ok("d|e".to_owned()))]
        );
    }

    #[test]
    fn records_wider_than_the_stack_keep_every_cell_in_order() {
        for quoted in [false, true] {
            let cells: Vec<String> = (0..40).map(|k| format!("c{k}")).collect();
            let mut line = cells.join(",");
            if quoted {
                line.push_str(",\"q,1\"");
            }
            let text = format!("{line}\n");
            let mut seen = Vec::new();
            for_each_record(text.as_bytes(), 7, |n, r| {
                seen.push((
                    n,
                    r.map(|c| c.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
                ));
            });
            let mut want = cells.clone();
            if quoted {
                want.push("q,1".into());
            }
            assert_eq!(seen, vec![(7, Ok(want))], "quoted: {quoted}");
        }
    }
}
