//! Households from CSV: one row per member; consecutive rows with the same `household_id` form
//! one household. A small hand-written reader (RFC 4180 quotes supported) instead of a crate:
//! the format is ours, the rows are machine exports, and a byte-level reader keeps the batch
//! path allocation-light (BENCHMARKS.md).
//!
//! Columns (by header name, any order; unknown columns are ignored):
//! `household_id, area (urban|rural), residence, village, application_date, name, relation,
//! birth_date, id_number, disability_category, disability_grade, labour_capacity, schooling,
//! status (prison|isolation|missing|illness|religious), wages, business_net, property_net,
//! transfer_net, other_income, assistance_income, financial_assets, vehicle_value,
//! extra_housing, disability_expense, illness_expense, employment_cost, education_expense,
//! other_expense, employed_since, current_dibao_fen, dibao_since`. Amounts in fen; the expense
//! columns are monthly rigid expenses (第十三条第三款), deducted only where the profile says so;
//! `employed_since` (member) and `current_dibao_fen` with `dibao_since` (household: what it
//! receives now) serve the 渐退期 of 第三十三条 in re-checks. A member whose income cells are all empty has undeclared
//! income; a household whose asset cells are all empty has undeclared assets (both make the
//! decision "needs information"). Household columns are read from the household's first row.

use minzheng::eligibility::{
    Area, AssetItem, AssetKind, CurrentDibao, Disability, DisabilityCategory, ExpenseItem,
    ExpenseKind, Household, IncomeItem, IncomeKind, LabourCapacity, Member, MemberStatus, Relation,
    Schooling,
};

/// The column positions, from the header.
pub struct Columns {
    idx: Vec<Option<usize>>,
    /// The header has an expense column (else the per-member expense parsing is skipped).
    expenses: bool,
}

const NAMES: [&str; 31] = [
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
const HOUSEHOLD_ID: usize = 0;
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

/// Splits one line into fields (quotes: `"a,b"` and `""` for a quote inside).
pub fn split(line: &str) -> Vec<std::borrow::Cow<'_, str>> {
    let mut out = Vec::new();
    split_into(line, &mut out);
    out
}

/// [`split`] into a reused vector (the batch path splits millions of rows).
pub fn split_into<'a>(line: &'a str, out: &mut Vec<std::borrow::Cow<'a, str>>) {
    use std::borrow::Cow;
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

impl Columns {
    /// Reads the header; `household_id`, `name` and `relation` are required.
    pub fn from_header(line: &str) -> Result<Columns, String> {
        let fields = split(line.trim_start_matches('\u{feff}'));
        let idx: Vec<Option<usize>> = NAMES
            .iter()
            .map(|n| fields.iter().position(|f| f.trim() == *n))
            .collect();
        let missing: Vec<&str> = [0usize, 5, 6]
            .iter()
            .filter(|i| idx.get(**i).copied().flatten().is_none())
            .filter_map(|i| NAMES.get(*i).copied())
            .collect();
        if missing.is_empty() {
            let expenses = EXPENSE_COLS
                .iter()
                .any(|(c, _)| idx.get(*c).copied().flatten().is_some());
            Ok(Columns { idx, expenses })
        } else {
            Err(format!(
                "CSV 表头缺少列 {} / the CSV header lacks {}",
                missing.join("、"),
                missing.join(", ")
            ))
        }
    }

    fn get<'a>(&self, f: &'a [std::borrow::Cow<'a, str>], col: usize) -> &'a str {
        self.idx
            .get(col)
            .copied()
            .flatten()
            .and_then(|i| f.get(i))
            .map(|s| s.trim_ascii())
            .unwrap_or("")
    }

    /// The member's identity number in a row's cells (empty if none).
    pub fn id_number<'a>(&self, f: &'a [std::borrow::Cow<'a, str>]) -> &'a str {
        self.get(f, 8)
    }

    /// The household id of a line (first-column fast path).
    pub fn household_id<'a>(&self, line: &'a str) -> &'a str {
        let i = self.idx.first().copied().flatten().unwrap_or(0);
        if i == 0 {
            let end = line.bytes().position(|b| b == b',').unwrap_or(line.len());
            return line.get(..end).unwrap_or("");
        }
        line.split(',').nth(i).unwrap_or("")
    }
}

/// The snake_case names the JSON format uses, matched directly (no serde round trip per cell).
fn enum_value<T: Copy>(text: &str, what: &str, table: &[(&str, T)]) -> Result<T, String> {
    table
        .iter()
        .find(|(n, _)| *n == text)
        .map(|(_, v)| *v)
        .ok_or_else(|| format!("无法识别的{what}“{text}” / unknown {what} \"{text}\""))
}

const AREAS: [(&str, Area); 2] = [("urban", Area::Urban), ("rural", Area::Rural)];
const RELATIONS: [(&str, Relation); 8] = [
    ("applicant", Relation::Applicant),
    ("spouse", Relation::Spouse),
    ("child", Relation::Child),
    ("parent", Relation::Parent),
    ("grandparent", Relation::Grandparent),
    ("grandchild", Relation::Grandchild),
    ("sibling", Relation::Sibling),
    ("other", Relation::Other),
];
const CATEGORIES: [(&str, DisabilityCategory); 7] = [
    ("visual", DisabilityCategory::Visual),
    ("hearing", DisabilityCategory::Hearing),
    ("speech", DisabilityCategory::Speech),
    ("physical", DisabilityCategory::Physical),
    ("intellectual", DisabilityCategory::Intellectual),
    ("mental", DisabilityCategory::Mental),
    ("multiple", DisabilityCategory::Multiple),
];
const CAPACITIES: [(&str, LabourCapacity); 3] = [
    ("full", LabourCapacity::Full),
    ("partial", LabourCapacity::Partial),
    ("none", LabourCapacity::None),
];
const SCHOOLING: [(&str, Schooling); 6] = [
    ("not_in_school", Schooling::NotInSchool),
    ("compulsory", Schooling::Compulsory),
    ("senior_high", Schooling::SeniorHigh),
    ("secondary_vocational", Schooling::SecondaryVocational),
    ("full_time_undergraduate", Schooling::FullTimeUndergraduate),
    ("other", Schooling::Other),
];

fn amount(text: &str, what: &str) -> Result<Option<i64>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>().map(Some).map_err(|_| {
        format!("金额“{text}”不是整数分 / {what} \"{text}\" is not a whole number of fen")
    })
}

fn date(text: &str) -> Result<Option<chrono::NaiveDate>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let b = text.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |a, c| {
            c.is_ascii_digit().then(|| a * 10 + u32::from(c - b'0'))
        })
    };
    let parsed = (b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-'))
        .then(|| {
            chrono::NaiveDate::from_ymd_opt(
                i32::try_from(num(0..4)?).ok()?,
                num(5..7)?,
                num(8..10)?,
            )
        })
        .flatten();
    parsed
        .map(Some)
        .ok_or_else(|| format!("日期“{text}”无效 / invalid date \"{text}\""))
}

/// Builds one household from its rows.
pub fn household(cols: &Columns, rows: &[&str]) -> Result<Household, String> {
    let mut members = Vec::with_capacity(rows.len());
    let mut hh: Option<Household> = None;
    let mut f = Vec::with_capacity(NAMES.len());
    for row in rows {
        split_into(row, &mut f);
        let g = |c| cols.get(&f, c);
        if hh.is_none() {
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
            hh = Some(Household {
                case_id: g(HOUSEHOLD_ID).to_owned(),
                members: Vec::new(),
                assets,
                flags: Vec::new(),
                residence: g(2).to_owned(),
                village: g(3).to_owned(),
                area: if g(1).is_empty() {
                    Area::Urban
                } else {
                    enum_value(g(1), "城乡类别 / area", &AREAS)?
                },
                application_date: date(g(4))?.unwrap_or_default(),
                staff_ties: Vec::new(),
                liable_relatives: None,
                hardships: Vec::new(),
                current_dibao: match (amount(g(29), "current_dibao_fen")?, date(g(30))?) {
                    (Some(monthly_fen), Some(since)) => Some(CurrentDibao { monthly_fen, since }),
                    (None, None) => None,
                    _ => {
                        return Err("current_dibao_fen 与 dibao_since 须同时填写 / current_dibao_fen and dibao_since go together".to_owned())
                    }
                },
            });
        }
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
                category: enum_value(c, "残疾类别 / disability category", &CATEGORIES)?,
                grade: gr.parse().map_err(|_| {
                    format!("残疾等级“{gr}”无效 / invalid disability grade \"{gr}\"")
                })?,
            }),
        };
        let statuses = match g(13) {
            "" => Vec::new(),
            "prison" => vec![MemberStatus::ServingPrisonSentence],
            "isolation" => vec![MemberStatus::CompulsoryIsolation],
            "missing" => vec![MemberStatus::DeclaredMissing],
            "illness" => vec![MemberStatus::SeriousIllness],
            "religious" => vec![MemberStatus::ReligiousStaffApart {
                years: 3,
                in_religious_venue: false,
            }],
            s => return Err(format!("无法识别的状态“{s}” / unknown status \"{s}\"")),
        };
        members.push(Member {
            name: g(5).to_owned(),
            id_number: Some(g(8)).filter(|s| !s.is_empty()).map(str::to_owned),
            birth_date: date(g(7))?,
            sex: None,
            relation: enum_value(g(6), "关系 / relation", &RELATIONS)?,
            lives_together: true,
            disability,
            labour_capacity: Some(g(11))
                .filter(|s| !s.is_empty())
                .map(|s| enum_value(s, "劳动能力 / labour capacity", &CAPACITIES))
                .transpose()?,
            schooling: Some(g(12))
                .filter(|s| !s.is_empty())
                .map(|s| enum_value(s, "在校情况 / schooling", &SCHOOLING))
                .transpose()?,
            statuses,
            benefits: Vec::new(),
            income: declared.then_some(income),
            expenses,
            employed_since: date(g(28))?,
            needs_long_term_care: None,
            parents: None,
            prefers_child_benefit: None,
            self_care_items_failed: None,
        });
    }
    let mut hh = hh.ok_or_else(|| "空户 / empty household".to_owned())?;
    hh.members = members;
    Ok(hh)
}

#[cfg(test)]
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
        let cols = Columns::from_header("household_id,area,residence,village,application_date,name,relation,birth_date,wages,financial_assets,status").unwrap();
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
        assert!(Columns::from_header("name,relation").is_err());
    }

    #[test]
    fn expense_columns_become_expense_items() {
        let cols = Columns::from_header(
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
        assert!(bad.contains("expense \"1.5\""), "{bad}");
    }

    #[test]
    fn re_check_columns_give_the_current_benefit_and_employment() {
        let cols = Columns::from_header(
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
        assert!(half.contains("go together"), "{half}");
    }
}
