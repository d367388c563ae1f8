//! The household CSV format (one row per member) a bureau exports, read into [`Household`]s.
//! Pure: it takes lines of text, never files; the CLI, a browser form or a C caller all read
//! the same format through it.
//!
//! Consecutive rows with the same `household_id` form one household. Columns (by header name,
//! any order; unknown columns are ignored):
//! `household_id, area (urban|rural), residence, village, application_date, name, relation,
//! birth_date, id_number, disability_category, disability_grade, labour_capacity, schooling,
//! status (prison|isolation|missing|illness|religious), wages, business_net, property_net,
//! transfer_net, other_income, assistance_income, financial_assets, vehicle_value,
//! extra_housing, disability_expense, illness_expense, employment_cost, education_expense,
//! other_expense, employed_since, current_dibao_fen, dibao_since`. Amounts in fen, dates
//! `YYYY-MM-DD`; the expense columns are monthly rigid expenses (第十三条第三款), deducted
//! only where the profile says so; `employed_since` (member) and `current_dibao_fen` with
//! `dibao_since` (household: what it receives now) serve the 渐退期 of 第三十三条 in
//! re-checks. A member whose income cells are all empty has undeclared income; a household
//! whose asset cells are all empty has undeclared assets (both make the decision "needs
//! information"). Household columns are read from the household's first row.
//!
//! The reader is byte-level and allocation-light (the batch path reads millions of rows,
//! BENCHMARKS.md). It splits one line at a time (RFC 4180 quotes within a line); a caller that
//! must accept quoted line breaks splits records with a full CSV reader and passes the cells
//! to [`household_from_cells`].
//!
//! ```
//! use minzheng::eligibility::csv::HouseholdCsv;
//! let cols = HouseholdCsv::from_header("household_id,name,relation,wages")?;
//! let hh: Vec<_> = cols
//!     .households(&["H1,王芳,applicant,0", "H1,李强,spouse,50000", "H2,张伟,applicant,"])
//!     .collect::<Result<_, _>>()?;
//! assert_eq!(hh.len(), 2);
//! assert_eq!(hh[0].members.len(), 2);
//! assert_eq!(hh[1].members[0].income, None); // undeclared
//! # Ok::<(), minzheng::eligibility::csv::CsvError>(())
//! ```

use super::{
    Area, AssetItem, AssetKind, CurrentDibao, Disability, DisabilityCategory, ExpenseItem,
    ExpenseKind, Household, IncomeItem, IncomeKind, LabourCapacity, Member, MemberStatus, Relation,
    Schooling,
};
use crate::errors::{Coded, ErrorCode};
use serde::Serialize;
use std::borrow::Cow;

/// Why rows could not be read as a household. Nothing is returned with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CsvError {
    /// The header lacks a required column.
    MissingColumns {
        /// The missing column names.
        columns: Vec<String>,
    },
    /// A cell holds a value outside its column's table.
    UnknownValue {
        /// The column's meaning in Chinese.
        what_zh: &'static str,
        /// The column's meaning in English.
        what_en: &'static str,
        /// The cell.
        text: String,
    },
    /// An amount cell is not a whole number of fen.
    NotFen {
        /// The column (or kind of column).
        column: &'static str,
        /// The cell.
        text: String,
    },
    /// A date cell is not a real `YYYY-MM-DD` date.
    InvalidDate {
        /// The cell.
        text: String,
    },
    /// The disability grade is not a number.
    InvalidGrade {
        /// The cell.
        text: String,
    },
    /// `current_dibao_fen` without `dibao_since`, or the reverse.
    CurrentDibaoHalf,
    /// No rows.
    EmptyHousehold,
}

impl CsvError {
    /// A stable machine code for bindings and JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            CsvError::MissingColumns { .. } => "csv_missing_columns",
            CsvError::UnknownValue { .. } => "csv_unknown_value",
            CsvError::NotFen { .. } => "csv_not_fen",
            CsvError::InvalidDate { .. } => "csv_invalid_date",
            CsvError::InvalidGrade { .. } => "csv_invalid_grade",
            CsvError::CurrentDibaoHalf => "csv_current_dibao_half",
            CsvError::EmptyHousehold => "csv_empty_household",
        }
    }
}

impl Coded for CsvError {
    fn error_code(&self) -> ErrorCode {
        match self {
            CsvError::MissingColumns { .. } => ErrorCode::EligibilityCsvMissingColumns,
            CsvError::UnknownValue { .. } => ErrorCode::EligibilityCsvUnknownValue,
            CsvError::NotFen { .. } => ErrorCode::EligibilityCsvNotFen,
            CsvError::InvalidDate { .. } => ErrorCode::EligibilityCsvInvalidDate,
            CsvError::InvalidGrade { .. } => ErrorCode::EligibilityCsvInvalidGrade,
            CsvError::CurrentDibaoHalf => ErrorCode::EligibilityCsvCurrentDibaoHalf,
            CsvError::EmptyHousehold => ErrorCode::EligibilityCsvEmptyHousehold,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            CsvError::MissingColumns { columns } => {
                format!("CSV 表头缺少列 {}", columns.join("、"))
            }
            CsvError::UnknownValue { what_zh, text, .. } => format!("无法识别的{what_zh}“{text}”"),
            CsvError::NotFen { text, .. } => format!("金额“{text}”不是整数分"),
            CsvError::InvalidDate { text } => format!("日期“{text}”无效"),
            CsvError::InvalidGrade { text } => format!("残疾等级“{text}”无效"),
            CsvError::CurrentDibaoHalf => "current_dibao_fen 与 dibao_since 须同时填写".to_owned(),
            CsvError::EmptyHousehold => "空户".to_owned(),
        }
    }

    fn message_en(&self) -> String {
        match self {
            CsvError::MissingColumns { columns } => {
                format!("the CSV header lacks {}", columns.join(", "))
            }
            CsvError::UnknownValue { what_en, text, .. } => format!("unknown {what_en} \"{text}\""),
            CsvError::NotFen { column, text } => {
                format!("{column} \"{text}\" is not a whole number of fen")
            }
            CsvError::InvalidDate { text } => format!("invalid date \"{text}\""),
            CsvError::InvalidGrade { text } => format!("invalid disability grade \"{text}\""),
            CsvError::CurrentDibaoHalf => {
                "current_dibao_fen and dibao_since go together".to_owned()
            }
            CsvError::EmptyHousehold => "empty household".to_owned(),
        }
    }
}

crate::errors::coded_display!(CsvError);

/// The column names, in the order of the positions used below.
pub const COLUMNS: [&str; 31] = [
    "household_id",
    "area",
    "residence",
    "village",
    "application_date",
    "name",
    "relation",
    "birth_date",
    "id_number",
    "disability_category",
    "disability_grade",
    "labour_capacity",
    "schooling",
    "status",
    "wages",
    "business_net",
    "property_net",
    "transfer_net",
    "other_income",
    "assistance_income",
    "financial_assets",
    "vehicle_value",
    "extra_housing",
    "disability_expense",
    "illness_expense",
    "employment_cost",
    "education_expense",
    "other_expense",
    "employed_since",
    "current_dibao_fen",
    "dibao_since",
];
/// The columns a header must have (`household_id`, `name`, `relation`).
const REQUIRED: [usize; 3] = [0, 5, 6];
const HOUSEHOLD_ID: usize = 0;
const ID_NUMBER: usize = 8;
const EXPENSE_COLS: [(usize, ExpenseKind); 5] = [
    (23, ExpenseKind::Disability),
    (24, ExpenseKind::SeriousIllness),
    (25, ExpenseKind::EmploymentCost),
    (26, ExpenseKind::Education),
    (27, ExpenseKind::Other),
];
const INCOME_COLS: [(usize, IncomeKind); 6] = [
    (14, IncomeKind::Wages),
    (15, IncomeKind::BusinessNet),
    (16, IncomeKind::PropertyNet),
    (17, IncomeKind::TransferNet),
    (18, IncomeKind::Other),
    (19, IncomeKind::SocialAssistance),
];

/// One row's cells, however the caller split them: a slice or vector of strings, or a full CSV
/// reader's record (the CLI wraps the `csv` crate's `StringRecord`, which accepts quoted line
/// breaks).
pub trait Cells {
    /// The cell at 0-based position `i`, if the row has one.
    fn cell(&self, i: usize) -> Option<&str>;
}

impl<S: AsRef<str>> Cells for [S] {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i).map(|s| s.as_ref())
    }
}

impl<S: AsRef<str>> Cells for Vec<S> {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i).map(|s| s.as_ref())
    }
}

/// The column positions of one file, from its header.
#[derive(Debug, Clone)]
pub struct HouseholdCsv {
    idx: Vec<Option<usize>>,
    /// The header has an expense column (else the per-member expense parsing is skipped).
    expenses: bool,
}

/// Splits one line into cells (quotes: `"a,b"` and `""` for a quote inside; a trailing `\r`
/// is dropped).
pub fn split(line: &str) -> Vec<Cow<'_, str>> {
    let mut out = Vec::new();
    split_into(line, &mut out);
    out
}

/// [`split`] into a reused vector (the batch path splits millions of rows).
pub fn split_into<'a>(line: &'a str, out: &mut Vec<Cow<'a, str>>) {
    out.clear();
    let line = line.strip_suffix('\r').unwrap_or(line);
    if !line.as_bytes().contains(&b'"') {
        // Byte scan: a ',' byte is always a character boundary in UTF-8.
        let mut start = 0;
        for (i, b) in line.bytes().enumerate() {
            if b == b',' {
                out.push(Cow::Borrowed(line.get(start..i).unwrap_or("")));
                start = i + 1;
            }
        }
        out.push(Cow::Borrowed(line.get(start..).unwrap_or("")));
        return;
    }
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', q) => quoted = !q,
            (',', false) => out.push(Cow::Owned(std::mem::take(&mut cur))),
            (c, _) => cur.push(c),
        }
    }
    out.push(Cow::Owned(cur));
}

impl HouseholdCsv {
    /// Reads the header line (a UTF-8 byte-order mark is skipped); `household_id`, `name` and
    /// `relation` are required.
    pub fn from_header(line: &str) -> Result<HouseholdCsv, CsvError> {
        let line = line.trim_start_matches('\u{feff}').trim_end();
        let fields = split(line);
        let cells: Vec<&str> = fields.iter().map(|f| f.as_ref()).collect();
        Self::from_header_cells(&cells)
    }

    /// [`from_header`](Self::from_header) over cells already split.
    pub fn from_header_cells(cells: &[&str]) -> Result<HouseholdCsv, CsvError> {
        let idx: Vec<Option<usize>> = COLUMNS
            .iter()
            .map(|n| {
                cells
                    .iter()
                    .position(|f| f.trim_start_matches('\u{feff}').trim() == *n)
            })
            .collect();
        let missing: Vec<String> = REQUIRED
            .iter()
            .filter(|i| idx.get(**i).copied().flatten().is_none())
            .filter_map(|i| COLUMNS.get(*i).map(|s| (*s).to_owned()))
            .collect();
        if !missing.is_empty() {
            return Err(CsvError::MissingColumns { columns: missing });
        }
        let expenses = EXPENSE_COLS
            .iter()
            .any(|(c, _)| idx.get(*c).copied().flatten().is_some());
        Ok(HouseholdCsv { idx, expenses })
    }

    /// `true` when the header has an `id_number` column (the cross-check needs it).
    pub fn has_id_number(&self) -> bool {
        self.idx.get(ID_NUMBER).copied().flatten().is_some()
    }

    fn get<'a, C: Cells + ?Sized>(&self, f: &'a C, col: usize) -> &'a str {
        self.idx
            .get(col)
            .copied()
            .flatten()
            .and_then(|i| f.cell(i))
            .map(|s| s.trim_ascii())
            .unwrap_or("")
    }

    /// The member's identity number in a row's cells (empty if none).
    pub fn id_number<'a, C: Cells + ?Sized>(&self, cells: &'a C) -> &'a str {
        self.get(cells, ID_NUMBER)
    }

    /// The household id in a row's cells (untrimmed rows group by this value).
    pub fn household_id_of<'a, C: Cells + ?Sized>(&self, cells: &'a C) -> &'a str {
        self.get(cells, HOUSEHOLD_ID)
    }

    /// The household id of a line (first-column fast path; the id cell is not unquoted).
    pub fn household_id<'a>(&self, line: &'a str) -> &'a str {
        let i = self.idx.first().copied().flatten().unwrap_or(0);
        if i == 0 {
            let end = line.bytes().position(|b| b == b',').unwrap_or(line.len());
            return line.get(..end).unwrap_or("");
        }
        line.split(',').nth(i).unwrap_or("")
    }

    /// The households of consecutive lines, in order: a run of lines with the same
    /// `household_id` is one household. Blank lines must be left out by the caller.
    pub fn households<'s, 'l>(
        &'s self,
        lines: &'l [&'l str],
    ) -> impl Iterator<Item = Result<Household, CsvError>> + 's
    where
        'l: 's,
    {
        let mut start = 0;
        std::iter::from_fn(move || {
            let first = lines.get(start)?;
            let id = self.household_id(first);
            let mut end = start + 1;
            while lines.get(end).is_some_and(|l| self.household_id(l) == id) {
                end += 1;
            }
            let rows = lines.get(start..end).unwrap_or(&[]);
            start = end;
            Some(household(self, rows))
        })
    }
}

/// The snake_case names the JSON format uses, matched directly (no serde round trip per cell).
fn enum_value<T: Copy>(
    text: &str,
    what: (&'static str, &'static str),
    table: &[(&str, T)],
) -> Result<T, CsvError> {
    table
        .iter()
        .find(|(n, _)| *n == text)
        .map(|(_, v)| *v)
        .ok_or_else(|| CsvError::UnknownValue {
            what_zh: what.0,
            what_en: what.1,
            text: text.to_owned(),
        })
}

/// The value table of `area`.
pub const AREAS: [(&str, Area); 2] = [("urban", Area::Urban), ("rural", Area::Rural)];
/// The value table of `relation`.
pub const RELATIONS: [(&str, Relation); 8] = [
    ("applicant", Relation::Applicant),
    ("spouse", Relation::Spouse),
    ("child", Relation::Child),
    ("parent", Relation::Parent),
    ("grandparent", Relation::Grandparent),
    ("grandchild", Relation::Grandchild),
    ("sibling", Relation::Sibling),
    ("other", Relation::Other),
];
/// The value table of `disability_category`.
pub const CATEGORIES: [(&str, DisabilityCategory); 7] = [
    ("visual", DisabilityCategory::Visual),
    ("hearing", DisabilityCategory::Hearing),
    ("speech", DisabilityCategory::Speech),
    ("physical", DisabilityCategory::Physical),
    ("intellectual", DisabilityCategory::Intellectual),
    ("mental", DisabilityCategory::Mental),
    ("multiple", DisabilityCategory::Multiple),
];
/// The value table of `labour_capacity`.
pub const CAPACITIES: [(&str, LabourCapacity); 3] = [
    ("full", LabourCapacity::Full),
    ("partial", LabourCapacity::Partial),
    ("none", LabourCapacity::None),
];
/// The value table of `schooling`.
pub const SCHOOLING: [(&str, Schooling); 6] = [
    ("not_in_school", Schooling::NotInSchool),
    ("compulsory", Schooling::Compulsory),
    ("senior_high", Schooling::SeniorHigh),
    ("secondary_vocational", Schooling::SecondaryVocational),
    ("full_time_undergraduate", Schooling::FullTimeUndergraduate),
    ("other", Schooling::Other),
];

/// The value table of `status` (a member's situation, 第十五条 and related articles).
fn status(text: &str) -> Result<Vec<MemberStatus>, CsvError> {
    Ok(match text {
        "" => Vec::new(),
        "prison" => vec![MemberStatus::ServingPrisonSentence],
        "isolation" => vec![MemberStatus::CompulsoryIsolation],
        "missing" => vec![MemberStatus::DeclaredMissing],
        "illness" => vec![MemberStatus::SeriousIllness],
        "religious" => vec![MemberStatus::ReligiousStaffApart {
            years: 3,
            in_religious_venue: false,
        }],
        s => {
            return Err(CsvError::UnknownValue {
                what_zh: "状态",
                what_en: "status",
                text: s.to_owned(),
            })
        }
    })
}

/// An amount in whole fen; empty is `None`.
fn amount(text: &str, column: &'static str) -> Result<Option<i64>, CsvError> {
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>().map(Some).map_err(|_| CsvError::NotFen {
        column,
        text: text.to_owned(),
    })
}

/// A strict `YYYY-MM-DD` date; empty is `None`.
fn date(text: &str) -> Result<Option<chrono::NaiveDate>, CsvError> {
    if text.is_empty() {
        return Ok(None);
    }
    crate::dates::parse_date(text)
        .map(Some)
        .map_err(|_| CsvError::InvalidDate {
            text: text.to_owned(),
        })
}

/// Builds one household from its lines (all with the same `household_id`).
pub fn household(cols: &HouseholdCsv, rows: &[&str]) -> Result<Household, CsvError> {
    let mut members = Vec::with_capacity(rows.len());
    let mut hh: Option<Household> = None;
    let mut f = Vec::with_capacity(COLUMNS.len());
    for row in rows {
        split_into(row, &mut f);
        if hh.is_none() {
            hh = Some(household_cells(cols, &f)?);
        }
        members.push(member_cells(cols, &f)?);
    }
    let mut hh = hh.ok_or(CsvError::EmptyHousehold)?;
    hh.members = members;
    Ok(hh)
}

/// Builds one household from its rows already split into cells (e.g. by a full CSV reader that
/// accepts quoted line breaks).
pub fn household_from_cells<C: Cells>(
    cols: &HouseholdCsv,
    rows: &[C],
) -> Result<Household, CsvError> {
    let first = rows.first().ok_or(CsvError::EmptyHousehold)?;
    let mut hh = household_cells(cols, first)?;
    hh.members = rows
        .iter()
        .map(|r| member_cells(cols, r))
        .collect::<Result<_, _>>()?;
    Ok(hh)
}

/// The household columns of its first row (members left empty).
fn household_cells<C: Cells + ?Sized>(cols: &HouseholdCsv, f: &C) -> Result<Household, CsvError> {
    let g = |c| cols.get(f, c);
    let fin = amount(g(20), "financial_assets")?;
    let veh = amount(g(21), "vehicle_value")?;
    let houses = amount(g(22), "extra_housing")?;
    let assets = if fin.is_none() && veh.is_none() && houses.is_none() {
        None
    } else {
        let mut a = Vec::new();
        if let Some(v) = fin.filter(|v| *v != 0) {
            a.push(AssetItem {
                kind: AssetKind::Deposits,
                value_fen: v,
            });
        }
        if let Some(v) = veh.filter(|v| *v != 0) {
            a.push(AssetItem {
                kind: AssetKind::Vehicle,
                value_fen: v,
            });
        }
        for _ in 0..houses.unwrap_or(0).clamp(0, 100) {
            a.push(AssetItem {
                kind: AssetKind::ExtraHousing,
                value_fen: 0,
            });
        }
        Some(a)
    };
    Ok(Household {
        case_id: g(HOUSEHOLD_ID).to_owned(),
        members: Vec::new(),
        assets,
        flags: Vec::new(),
        residence: g(2).to_owned(),
        village: g(3).to_owned(),
        area: if g(1).is_empty() {
            Area::Urban
        } else {
            enum_value(g(1), ("城乡类别", "area"), &AREAS)?
        },
        application_date: date(g(4))?.unwrap_or_default(),
        staff_ties: Vec::new(),
        liable_relatives: None,
        hardships: Vec::new(),
        current_dibao: match (amount(g(29), "current_dibao_fen")?, date(g(30))?) {
            (Some(monthly_fen), Some(since)) => Some(CurrentDibao { monthly_fen, since }),
            (None, None) => None,
            _ => return Err(CsvError::CurrentDibaoHalf),
        },
    })
}

/// One member from a row's cells.
fn member_cells<C: Cells + ?Sized>(cols: &HouseholdCsv, f: &C) -> Result<Member, CsvError> {
    let g = |c| cols.get(f, c);
    let mut income = Vec::new();
    let mut declared = false;
    for (c, kind) in INCOME_COLS {
        if let Some(v) = amount(g(c), "income")? {
            declared = true;
            if v != 0 {
                income.push(IncomeItem {
                    kind,
                    monthly_fen: v,
                });
            }
        }
    }
    let mut expenses = Vec::new();
    if cols.expenses {
        for (c, kind) in EXPENSE_COLS {
            if let Some(v) = amount(g(c), "expense")?.filter(|v| *v != 0) {
                expenses.push(ExpenseItem {
                    kind,
                    monthly_fen: v,
                });
            }
        }
    }
    let disability = match (g(9), g(10)) {
        ("", _) => None,
        (c, gr) => Some(Disability {
            category: enum_value(c, ("残疾类别", "disability category"), &CATEGORIES)?,
            grade: gr.parse().map_err(|_| CsvError::InvalidGrade {
                text: gr.to_owned(),
            })?,
        }),
    };
    Ok(Member {
        name: g(5).to_owned(),
        id_number: Some(g(ID_NUMBER))
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
        birth_date: date(g(7))?,
        sex: None,
        relation: enum_value(g(6), ("关系", "relation"), &RELATIONS)?,
        lives_together: true,
        disability,
        labour_capacity: Some(g(11))
            .filter(|s| !s.is_empty())
            .map(|s| enum_value(s, ("劳动能力", "labour capacity"), &CAPACITIES))
            .transpose()?,
        schooling: Some(g(12))
            .filter(|s| !s.is_empty())
            .map(|s| enum_value(s, ("在校情况", "schooling"), &SCHOOLING))
            .transpose()?,
        statuses: status(g(13))?,
        benefits: Vec::new(),
        income: declared.then_some(income),
        expenses,
        employed_since: date(g(28))?,
        needs_long_term_care: None,
        parents: None,
        prefers_child_benefit: None,
        self_care_items_failed: None,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_and_quotes() {
        let f = split("a,\"b,c\",\"d\"\"e\",");
        let f: Vec<&str> = f.iter().map(|s| s.as_ref()).collect();
        assert_eq!(f, ["a", "b,c", "d\"e", ""]);
    }

    #[test]
    fn rows_of_one_household_become_one_household() {
        let cols = HouseholdCsv::from_header("household_id,area,residence,village,application_date,name,relation,birth_date,wages,financial_assets,status").unwrap();
        let rows = [
            "H1,urban,110105,示例社区,2026-06-01,王芳,applicant,1950-01-01,0,100",
            "H1,urban,110105,示例社区,2026-06-01,李强,spouse,1950-03-01,50000,,prison",
        ];
        let hh = household(&cols, &rows).unwrap();
        assert_eq!(hh.members.len(), 2);
        assert_eq!(
            hh.members[1].statuses,
            vec![MemberStatus::ServingPrisonSentence]
        );
        assert_eq!(hh.members[0].income, Some(vec![]));
        assert_eq!(hh.assets.as_ref().map(Vec::len), Some(1));
        let e = HouseholdCsv::from_header("name,relation").unwrap_err();
        assert_eq!(e.code(), "csv_missing_columns");
        assert_eq!(e.en(), "the CSV header lacks household_id");
        assert_eq!(e.zh(), "CSV 表头缺少列 household_id");
    }

    #[test]
    fn cells_from_a_full_reader_give_the_same_household() {
        let cols = HouseholdCsv::from_header("household_id,name,relation,wages,village").unwrap();
        let rows = ["H1,王芳,applicant,0,\"示例,社区\"", "H1,李强,spouse,50000,"];
        let by_line = household(&cols, &rows).unwrap();
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|r| split(r).into_iter().map(Cow::into_owned).collect())
            .collect();
        let by_cells = household_from_cells(&cols, &cells).unwrap();
        assert_eq!(by_line, by_cells);
        assert_eq!(by_cells.village, "示例,社区");
    }

    #[test]
    fn consecutive_ids_group_into_households() {
        let cols = HouseholdCsv::from_header("household_id,name,relation").unwrap();
        let lines = [
            "H1,a,applicant",
            "H1,b,spouse",
            "H2,c,applicant",
            "H1,d,applicant",
        ];
        let sizes: Vec<usize> = cols
            .households(&lines)
            .map(|h| h.unwrap().members.len())
            .collect();
        assert_eq!(sizes, [2, 1, 1]);
        assert!(!cols.has_id_number());
    }

    #[test]
    fn bad_cells_are_typed_errors() {
        let cols = HouseholdCsv::from_header(
            "household_id,name,relation,birth_date,disability_category,disability_grade,status",
        )
        .unwrap();
        let err = |row: &str| household(&cols, &[row]).unwrap_err();
        assert_eq!(
            err("H1,a,boss,,,,"),
            CsvError::UnknownValue {
                what_zh: "关系",
                what_en: "relation",
                text: "boss".into()
            }
        );
        assert_eq!(err("H1,a,applicant,2026-9-5,,,").code(), "csv_invalid_date");
        assert_eq!(
            err("H1,a,applicant,2026-02-30,,,").code(),
            "csv_invalid_date"
        );
        assert_eq!(err("H1,a,applicant,,visual,x,").code(), "csv_invalid_grade");
        assert_eq!(
            err("H1,a,applicant,,,,asleep").to_string(),
            "无法识别的状态“asleep” / unknown status \"asleep\""
        );
        assert_eq!(household(&cols, &[]).unwrap_err(), CsvError::EmptyHousehold);
    }

    #[test]
    fn expense_columns_become_expense_items() {
        let cols = HouseholdCsv::from_header(
            "household_id,name,relation,wages,illness_expense,employment_cost,other_expense",
        )
        .unwrap();
        let hh = household(&cols, &["H1,王芳,applicant,0,15055,0,"]).unwrap();
        assert_eq!(
            hh.members[0].expenses,
            vec![ExpenseItem {
                kind: ExpenseKind::SeriousIllness,
                monthly_fen: 15055
            }]
        );
        let bad = household(&cols, &["H1,王芳,applicant,0,1.5,,"]).unwrap_err();
        assert!(bad.to_string().contains("expense \"1.5\""), "{bad}");
    }

    #[test]
    fn re_check_columns_give_the_current_benefit_and_employment() {
        let cols = HouseholdCsv::from_header(
            "household_id,name,relation,wages,employed_since,current_dibao_fen,dibao_since",
        )
        .unwrap();
        let hh = household(
            &cols,
            &[
                "H1,王芳,applicant,0,,150000,2024-05-01",
                "H1,李强,spouse,250000,2026-03-10,,",
            ],
        )
        .unwrap();
        assert_eq!(
            hh.current_dibao,
            Some(CurrentDibao {
                monthly_fen: 150_000,
                since: chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()
            })
        );
        assert_eq!(hh.members[0].employed_since, None);
        assert_eq!(
            hh.members[1].employed_since,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
        );
        let half = household(&cols, &["H1,王芳,applicant,0,,150000,"]).unwrap_err();
        assert_eq!(half, CsvError::CurrentDibaoHalf);
    }
}
