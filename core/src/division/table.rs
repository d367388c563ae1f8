//! The division table: code–name spans, lookups, run-time loading.

use super::DivisionError;
use serde::Serialize;

/// One (code, name) pair and the list revisions (YYYYMM) in which it appeared.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    code: u32,
    name: Box<str>,
    first: u32,
    last: u32,
}

/// Division codes with their names and years of use: the embedded GB/T 2260 history
/// ([`DivisionTable::embedded`]) or a list loaded at run time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DivisionTable {
    /// Sorted by (code, first revision).
    rows: Vec<Row>,
    /// The latest revision any row was seen in: a code seen in it is current.
    latest: u32,
}

/// A name a code carried, and the list revisions (YYYYMM) in which it appeared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameSpan {
    /// The name (e.g. `朝阳区`).
    pub name: String,
    /// The first list revision with this name (YYYYMM).
    pub first_seen: u32,
    /// The last list revision with this name (YYYYMM).
    pub last_seen: u32,
}

/// How a successor was found. The history lists say only which codes were in use when, not
/// what became of an abolished code, so a successor is inferred from the names, and says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SuccessorBasis {
    /// A current code in the same province carries exactly the same name, first listed no
    /// earlier than the old code's last list (a renumbering, e.g. a prefecture becoming a city).
    SameName,
    /// A current code in the same province carries the same name apart from the last
    /// character(s) of the level (县 → 区, 县 → 市: `密云县` → `密云区`).
    SameNameNewLevel,
}

/// The current code that took over an abolished one, where the names show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Successor {
    /// The current code.
    pub code: String,
    /// Its current name.
    pub name: String,
    /// How it was found.
    pub basis: SuccessorBasis,
}

/// What the table says of one code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Division {
    /// The six-digit code.
    pub code: String,
    /// Its latest name.
    pub name: String,
    /// Every name it carried, oldest first.
    pub names: Vec<NameSpan>,
    /// The province-level division's name (`北京市`), when the code is below it.
    pub province: Option<String>,
    /// The prefecture-level division's name, when the code is a county-level one under a real
    /// prefecture (not a municipality's `市辖区` or `县` placeholder).
    pub prefecture: Option<String>,
    /// Province, prefecture and own name joined by spaces (`北京市 朝阳区`).
    pub full_name: String,
    /// The year of the first list holding the code.
    pub first_year: u32,
    /// The year of the last list holding the code.
    pub last_year: u32,
    /// `true` when the code is in the table's latest list.
    pub current: bool,
    /// For a code no longer listed: the current code that took it over, where the names show
    /// it ([`SuccessorBasis`]); `None` when it is current or the successor is not known.
    pub successor: Option<Successor>,
}

/// Names that stand for "the directly administered parts" rather than a real prefecture.
const PLACEHOLDERS: [&str; 6] = [
    "市辖区",
    "县",
    "省直辖行政单位",
    "省直辖县级行政单位",
    "省直辖县级行政区划",
    "自治区直辖县级行政区划",
];

/// Level endings dropped to compare names across a change of level.
const LEVEL_ENDINGS: [&str; 9] = [
    "自治县",
    "自治旗",
    "地区",
    "县",
    "市",
    "区",
    "旗",
    "盟",
    "州",
];

/// The embedded table in its compact form (generated from `core/data/gb2260-history.tsv` by
/// [`DivisionTable::to_compact`]; the test `division_data` fails when it is stale).
#[cfg(feature = "divisions")]
const EMBEDDED: &str = include_str!("../../data/gb2260-history.compact");

impl DivisionTable {
    /// The embedded history of GB/T 2260 codes, 1980-12 to 2020-12 (parsed once, on first
    /// use). Available with the `divisions` feature (default on).
    #[cfg(feature = "divisions")]
    pub fn embedded() -> &'static DivisionTable {
        static TABLE: std::sync::OnceLock<DivisionTable> = std::sync::OnceLock::new();
        TABLE.get_or_init(|| DivisionTable::from_compact(EMBEDDED).unwrap_or_default())
    }

    /// The compact text form the embedded table is kept in (about 56 % of the TSV, 75 %
    /// gzipped): a first line with the revisions (YYYYMM) separated by spaces, then one line per
    /// code–name span, sorted: the code as the difference from the previous line's code
    /// (empty for the same code), the name, and the first and last revisions as hexadecimal
    /// indexes into the first line, tab-separated.
    ///
    /// ```
    /// use minzheng::division::DivisionTable;
    /// let t = DivisionTable::from_tsv("110000\t北京市\t198012\t202012\n110105\t朝阳区\t198012\t202012\n")?;
    /// assert_eq!(t.to_compact(), "198012 202012\n110000\t北京市\t0\t1\n105\t朝阳区\t0\t1\n");
    /// assert_eq!(DivisionTable::from_compact(&t.to_compact())?, t);
    /// # Ok::<(), minzheng::division::DivisionError>(())
    /// ```
    pub fn to_compact(&self) -> String {
        let mut revs: Vec<u32> = self.rows.iter().flat_map(|r| [r.first, r.last]).collect();
        revs.sort_unstable();
        revs.dedup();
        let idx = |v: u32| revs.binary_search(&v).unwrap_or(0);
        let mut out: String = revs
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(" ");
        out.push('\n');
        let mut prev = 0u32;
        for r in &self.rows {
            if r.code != prev {
                out.push_str(&(r.code - prev).to_string());
            }
            prev = r.code;
            out.push_str(&format!(
                "\t{}\t{:x}\t{:x}\n",
                r.name,
                idx(r.first),
                idx(r.last)
            ));
        }
        out
    }

    /// Reads the compact form written by [`to_compact`](Self::to_compact).
    pub fn from_compact(text: &str) -> Result<DivisionTable, DivisionError> {
        let mut lines = text.lines();
        let revs: Vec<u32> = lines
            .next()
            .unwrap_or("")
            // An empty table writes an empty revisions line: no revisions, not a bad one.
            .split(' ')
            .filter(|r| !r.is_empty())
            .map(|r| {
                revision(r).ok_or_else(|| {
                    DivisionError::row(1, "版本行有误", "the revisions line is malformed")
                })
            })
            .collect::<Result<_, _>>()?;
        let mut rows = Vec::new();
        let mut code = 0u32;
        for (i, line) in lines.enumerate() {
            let bad = || DivisionError::row(i + 2, "紧凑格式行有误", "malformed compact row");
            let f: Vec<&str> = line.split('\t').collect();
            let [delta, name, first, last] = f.as_slice() else {
                return Err(bad());
            };
            if !delta.is_empty() {
                code = delta
                    .parse::<u32>()
                    .ok()
                    .and_then(|d| code.checked_add(d))
                    .ok_or_else(bad)?;
            }
            let rev = |t: &str| {
                usize::from_str_radix(t, 16)
                    .ok()
                    .and_then(|i| revs.get(i).copied())
                    .ok_or_else(bad)
            };
            rows.push(row(
                i + 2,
                &format!("{code:06}"),
                name,
                &rev(first)?.to_string(),
                &rev(last)?.to_string(),
            )?);
        }
        Ok(Self::from_rows(rows))
    }

    /// Reads a history list in the embedded file's form: one row per line, tab-separated
    /// `code`, `name`, `first_seen`, `last_seen` (revisions as `YYYYMM`, or a year `YYYY`
    /// read as December); an optional header line starting with `code`; blank lines and lines
    /// starting with `#` ignored. A row of only `code` and `name` needs
    /// [`from_list`](Self::from_list) instead.
    ///
    /// ```
    /// use minzheng::division::DivisionTable;
    /// let t = DivisionTable::from_tsv("code\tname\tfirst_seen\tlast_seen\n110118\t密云区\t2015\t2024\n")?;
    /// assert_eq!(t.lookup("110118").unwrap().last_year, 2024);
    /// assert!(DivisionTable::from_tsv("11011\tX\t2015\t2024").is_err());
    /// # Ok::<(), minzheng::division::DivisionError>(())
    /// ```
    pub fn from_tsv(text: &str) -> Result<DivisionTable, DivisionError> {
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("code") {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let [code, name, first, last] = f.as_slice() else {
                return Err(DivisionError::row(
                    i + 1,
                    format!("应有 4 列（代码、名称、首见、末见），实有 {} 列", f.len()),
                    format!("expected 4 tab-separated fields (code, name, first_seen, last_seen), found {}", f.len()),
                ));
            };
            rows.push(row(i + 1, code, name, first, last)?);
        }
        Ok(Self::from_rows(rows))
    }

    /// Reads a plain list of the codes current at one revision (`YYYYMM`), such as the
    /// Ministry's yearly list: one `code` and `name` per line, separated by a tab, a comma or
    /// spaces. Merge it over the embedded table with [`merge`](Self::merge) to bring it up to
    /// date.
    ///
    /// ```
    /// # #[cfg(feature = "divisions")] {
    /// use minzheng::division::DivisionTable;
    /// let mut t = DivisionTable::embedded().clone();
    /// t.merge(&DivisionTable::from_list("110105,朝阳区\n110118 密云区\n", 202312).unwrap());
    /// assert_eq!(t.lookup("110105").unwrap().last_year, 2023);
    /// assert!(t.lookup("110105").unwrap().current);
    /// assert!(!t.lookup("110101").unwrap().current); // not in the newer list given
    /// # }
    /// ```
    pub fn from_list(text: &str, revision: u32) -> Result<DivisionTable, DivisionError> {
        let rev = revision.to_string();
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') || t.starts_with("code") {
                continue;
            }
            let (code, name) = t
                .split_once(|c: char| c == '\t' || c == ',' || c.is_whitespace())
                .unwrap_or((t, ""));
            rows.push(row(i + 1, code, name.trim(), &rev, &rev)?);
        }
        Ok(Self::from_rows(rows))
    }

    /// Reads a JSON array of `{"code", "name", "first_seen", "last_seen"}` (revisions as
    /// numbers or strings, `YYYYMM` or `YYYY`).
    ///
    /// ```
    /// use minzheng::division::DivisionTable;
    /// let t = DivisionTable::from_json(r#"[{"code":"110105","name":"朝阳区","first_seen":198012,"last_seen":"2024"}]"#)?;
    /// assert_eq!(t.lookup("110105").unwrap().last_year, 2024);
    /// # Ok::<(), minzheng::division::DivisionError>(())
    /// ```
    pub fn from_json(text: &str) -> Result<DivisionTable, DivisionError> {
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| DivisionError::Json {
            message: e.to_string(),
        })?;
        let items = v.as_array().ok_or_else(|| DivisionError::Json {
            message: "expected an array of {code, name, first_seen, last_seen}".into(),
        })?;
        let mut rows = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let field = |k: &str| match item.get(k) {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            rows.push(row(
                i + 1,
                &field("code"),
                &field("name"),
                &field("first_seen"),
                &field("last_seen"),
            )?);
        }
        Ok(Self::from_rows(rows))
    }

    fn from_rows(rows: Vec<Row>) -> DivisionTable {
        let mut t = DivisionTable::default();
        for r in rows {
            t.insert(r);
        }
        t
    }

    /// Lays a newer (or older) list over this one: a code–name pair already present has its
    /// span widened, a new pair is added. The latest revision becomes the later of the two.
    pub fn merge(&mut self, other: &DivisionTable) {
        for r in &other.rows {
            self.insert(r.clone());
        }
    }

    fn insert(&mut self, r: Row) {
        self.latest = self.latest.max(r.last);
        let range = self.range(r.code);
        if let Some(existing) = self
            .rows
            .get_mut(range.clone())
            .and_then(|rs| rs.iter_mut().find(|x| x.name == r.name))
        {
            existing.first = existing.first.min(r.first);
            existing.last = existing.last.max(r.last);
            return;
        }
        let at = range.start
            + self
                .rows
                .get(range)
                .map_or(0, |rs| rs.partition_point(|x| x.first <= r.first));
        self.rows.insert(at, r);
    }

    fn range(&self, code: u32) -> std::ops::Range<usize> {
        let start = self.rows.partition_point(|r| r.code < code);
        let end = self.rows.partition_point(|r| r.code <= code);
        start..end
    }

    fn spans(&self, code: u32) -> &[Row] {
        self.rows.get(self.range(code)).unwrap_or(&[])
    }

    /// The number of code–name spans.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// `true` when the table holds nothing.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The latest list revision (YYYYMM) in the table.
    pub fn latest_revision(&self) -> u32 {
        self.latest
    }

    /// The earliest list revision (YYYYMM) in the table.
    pub fn earliest_revision(&self) -> u32 {
        self.rows.iter().map(|r| r.first).min().unwrap_or(0)
    }

    /// `true` when `code` (six digits) is in any list of the table, without building a
    /// [`Division`] (for hot paths).
    pub fn contains(&self, code: &str) -> bool {
        parse_code(code).is_some_and(|c| !self.spans(c).is_empty())
    }

    /// Whether `code` was listed in `year` (in a list of that year).
    pub fn in_use_in(&self, code: &str, year: u32) -> bool {
        parse_code(code).is_some_and(|c| {
            self.spans(c)
                .iter()
                .any(|r| r.first / 100 <= year && year <= r.last / 100)
        })
    }

    /// The name of `code` as it was in `year`, or its latest name when `year` is `None`.
    pub fn name_of(&self, code: &str, year: Option<u32>) -> Option<&str> {
        let spans = self.spans(parse_code(code)?);
        let pick = match year {
            Some(y) => spans
                .iter()
                .rev()
                .find(|r| r.first / 100 <= y && y <= r.last / 100),
            None => spans.iter().max_by_key(|r| r.last),
        };
        pick.map(|r| &*r.name)
    }

    /// Everything the table says of `code`: names, province and prefecture, years of use and
    /// the successor where known; `None` when no list holds it.
    pub fn lookup(&self, code: &str) -> Option<Division> {
        let c = parse_code(code)?;
        let spans = self.spans(c);
        let latest = spans.iter().max_by_key(|r| r.last)?;
        let first = spans.iter().map(|r| r.first).min().unwrap_or(latest.first);
        let (province, prefecture) = self.parents(c, latest);
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(province.as_deref());
        parts.extend(prefecture.as_deref());
        parts.push(&latest.name);
        let current = latest.last == self.latest;
        Some(Division {
            code: format!("{c:06}"),
            name: latest.name.to_string(),
            names: spans
                .iter()
                .map(|r| NameSpan {
                    name: r.name.to_string(),
                    first_seen: r.first,
                    last_seen: r.last,
                })
                .collect(),
            full_name: parts.join(" "),
            province,
            prefecture,
            first_year: first / 100,
            last_year: latest.last / 100,
            current,
            successor: if current {
                None
            } else {
                self.successor(c, latest)
            },
        })
    }

    /// The names of the province and the prefecture above `code`, as they were when `at`
    /// was last listed.
    fn parents(&self, code: u32, at: &Row) -> (Option<String>, Option<String>) {
        let name_at = |parent: u32| -> Option<String> {
            let spans = self.spans(parent);
            spans
                .iter()
                .filter(|r| r.first <= at.last)
                .max_by_key(|r| r.last)
                .or_else(|| spans.first())
                .map(|r| r.name.to_string())
        };
        let province = (code % 10_000 != 0)
            .then(|| name_at(code / 10_000 * 10_000))
            .flatten();
        let prefecture = (code % 100 != 0)
            .then(|| name_at(code / 100 * 100))
            .flatten()
            .filter(|n| !PLACEHOLDERS.contains(&n.as_str()));
        (province, prefecture)
    }

    /// A current code in the same province whose name shows it took `old` over.
    fn successor(&self, code: u32, old: &Row) -> Option<Successor> {
        let province = code / 10_000;
        let candidates = self.rows.iter().filter(|r| {
            r.code / 10_000 == province
                && r.code != code
                && r.last == self.latest
                && r.first >= old.last
        });
        let mut same_stem = None;
        for r in candidates {
            let basis = if r.name == old.name {
                SuccessorBasis::SameName
            } else if stem(&r.name).is_some() && stem(&r.name) == stem(&old.name) {
                SuccessorBasis::SameNameNewLevel
            } else {
                continue;
            };
            let s = Successor {
                code: format!("{:06}", r.code),
                name: r.name.to_string(),
                basis,
            };
            if basis == SuccessorBasis::SameName {
                return Some(s);
            }
            // Two candidates with the same stem: the names do not decide.
            if same_stem.is_some() {
                return None;
            }
            same_stem = Some(s);
        }
        same_stem
    }
}

/// The name without its level ending, when at least two characters remain.
fn stem(name: &str) -> Option<&str> {
    LEVEL_ENDINGS
        .iter()
        .find_map(|e| name.strip_suffix(e))
        .filter(|s| s.chars().count() >= 2)
}

fn parse_code(code: &str) -> Option<u32> {
    if !is_code(code) {
        return None;
    }
    code.parse().ok()
}

/// Six ASCII digits: the shape of a GB/T 2260 division code (whether listed or not).
pub(crate) fn is_code(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

/// The embedded table when the `divisions` feature is on; `None` in a build without it (the
/// checks that need a table are then not made, and say so where they report).
pub(crate) fn default_table() -> Option<&'static DivisionTable> {
    #[cfg(feature = "divisions")]
    {
        Some(DivisionTable::embedded())
    }
    #[cfg(not(feature = "divisions"))]
    {
        None
    }
}

fn revision(text: &str) -> Option<u32> {
    let t = text.trim();
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: u32 = t.parse().ok()?;
    match t.len() {
        4 if (1949..=2199).contains(&v) => Some(v * 100 + 12),
        6 if (1949..=2199).contains(&(v / 100)) && (1..=12).contains(&(v % 100)) => Some(v),
        _ => None,
    }
}

fn row(line: usize, code: &str, name: &str, first: &str, last: &str) -> Result<Row, DivisionError> {
    let c = parse_code(code.trim()).ok_or_else(|| {
        DivisionError::row(
            line,
            format!("代码“{code}”不是六位数字"),
            format!("code \"{code}\" is not six digits"),
        )
    })?;
    let name = name.trim();
    if name.is_empty() {
        return Err(DivisionError::row(line, "名称为空", "the name is empty"));
    }
    // A tab or line break inside a name would split its row in the TSV and compact forms.
    if name.chars().any(char::is_control) {
        return Err(DivisionError::row(
            line,
            "名称含控制字符（如制表符、换行）",
            "the name holds a control character (such as a tab or a line break)",
        ));
    }
    let bad = |t: &str| {
        DivisionError::row(
            line,
            format!("版本“{t}”应为 YYYYMM 或 YYYY"),
            format!("revision \"{t}\" should be YYYYMM or YYYY"),
        )
    };
    let f = revision(first).ok_or_else(|| bad(first))?;
    let l = revision(last).ok_or_else(|| bad(last))?;
    if f > l {
        return Err(DivisionError::row(
            line,
            format!("首见 {f} 晚于末见 {l}"),
            format!("first_seen {f} is after last_seen {l}"),
        ));
    }
    Ok(Row {
        code: c,
        name: name.into(),
        first: f,
        last: l,
    })
}
