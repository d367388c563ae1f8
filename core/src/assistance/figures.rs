//! County figures (seed 001: publish recipients and amounts by county): households, persons and
//! the month's amounts per programme, division and month, from a stream of recipient records or
//! from case logs; county figures merge into city and province totals (an associative,
//! commutative sum), and are written as JSON, CSV or an HTML page with charts.

use super::case::AssistanceCase;
use super::error::AssistanceError;
use super::register::csv_field;
use crate::eligibility::Programme;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A published category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AssistanceCategory {
    /// 城市低保.
    DibaoUrban,
    /// 农村低保.
    DibaoRural,
    /// 特困 集中供养.
    TekunCentralised,
    /// 特困 分散供养.
    TekunDispersed,
    /// 困难残疾人生活补贴.
    LivingSubsidy,
    /// 重度残疾人护理补贴.
    NursingSubsidy,
    /// 孤儿.
    Orphan,
    /// 事实无人抚养儿童.
    DeFactoChild,
    /// 临时救助 (the month's grants).
    Temporary,
}

impl AssistanceCategory {
    /// Every category, in publication order.
    pub const ALL: [AssistanceCategory; 9] = [
        AssistanceCategory::DibaoUrban,
        AssistanceCategory::DibaoRural,
        AssistanceCategory::TekunCentralised,
        AssistanceCategory::TekunDispersed,
        AssistanceCategory::LivingSubsidy,
        AssistanceCategory::NursingSubsidy,
        AssistanceCategory::Orphan,
        AssistanceCategory::DeFactoChild,
        AssistanceCategory::Temporary,
    ];

    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            AssistanceCategory::DibaoUrban => "城市低保",
            AssistanceCategory::DibaoRural => "农村低保",
            AssistanceCategory::TekunCentralised => "特困人员（集中供养）",
            AssistanceCategory::TekunDispersed => "特困人员（分散供养）",
            AssistanceCategory::LivingSubsidy => "困难残疾人生活补贴",
            AssistanceCategory::NursingSubsidy => "重度残疾人护理补贴",
            AssistanceCategory::Orphan => "孤儿",
            AssistanceCategory::DeFactoChild => "事实无人抚养儿童",
            AssistanceCategory::Temporary => "临时救助",
        }
    }

    /// Stable id.
    pub fn as_str(self) -> &'static str {
        match self {
            AssistanceCategory::DibaoUrban => "dibao_urban",
            AssistanceCategory::DibaoRural => "dibao_rural",
            AssistanceCategory::TekunCentralised => "tekun_centralised",
            AssistanceCategory::TekunDispersed => "tekun_dispersed",
            AssistanceCategory::LivingSubsidy => "living_subsidy",
            AssistanceCategory::NursingSubsidy => "nursing_subsidy",
            AssistanceCategory::Orphan => "orphan",
            AssistanceCategory::DeFactoChild => "de_facto_child",
            AssistanceCategory::Temporary => "temporary",
        }
    }

    /// The category of a programme where it has only one (`None` for 低保 and 特困, which are
    /// split by area and by the form of support).
    pub fn of(p: Programme) -> Option<AssistanceCategory> {
        match p {
            Programme::LivingSubsidy => Some(AssistanceCategory::LivingSubsidy),
            Programme::NursingSubsidy => Some(AssistanceCategory::NursingSubsidy),
            Programme::Orphan => Some(AssistanceCategory::Orphan),
            Programme::DeFactoChild => Some(AssistanceCategory::DeFactoChild),
            Programme::TemporaryAssistance => Some(AssistanceCategory::Temporary),
            _ => None,
        }
    }
}

/// One recipient (household or person) paid in a month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    /// The county's six-digit division code.
    pub division: String,
    /// The month, `YYYY-MM`.
    pub month: String,
    /// The category.
    pub category: AssistanceCategory,
    /// Persons covered.
    pub persons: u32,
    /// The month's amount, fen.
    pub amount_fen: i64,
}

/// Counts and amount of one division, month and category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    /// Households (or persons, for individual programmes).
    pub households: u64,
    /// Persons covered.
    pub persons: u64,
    /// The month's amount, fen.
    pub amount_fen: i64,
}

impl Cell {
    fn add(&mut self, o: &Cell) {
        self.households = self.households.saturating_add(o.households);
        self.persons = self.persons.saturating_add(o.persons);
        self.amount_fen = self.amount_fen.saturating_add(o.amount_fen);
    }
}

/// The level a division code is rolled up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 县 (the code as given).
    County,
    /// 市: the first four digits, then `00`.
    City,
    /// 省: the first two digits, then `0000`.
    Province,
}

/// Figures keyed by (division code, month as `YYYYMM`, category).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    cells: BTreeMap<(u32, u32, AssistanceCategory), Cell>,
    /// Cases of 低保 or 特困 without the area or form of support, not counted (to be completed).
    pub unclassified: u64,
}

fn parse_division(s: &str) -> Option<u32> {
    (s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|d| *d >= 110_000)
}

fn parse_month(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if b.len() != 7 || b.get(4) != Some(&b'-') || !digits(0..4) || !digits(5..7) {
        return None;
    }
    let y: u32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    (1..=12).contains(&m).then_some(y * 100 + m)
}

impl Figures {
    /// No figures.
    pub fn new() -> Figures {
        Figures::default()
    }

    /// Adds one recipient; a bad division code, month or amount is an error and nothing is
    /// added.
    pub fn add(&mut self, r: &Recipient) -> Result<(), AssistanceError> {
        let division = parse_division(&r.division).ok_or_else(|| {
            AssistanceError::bad_input(
                &format!("行政区划代码“{}”不是 6 位数字", r.division),
                &format!("division code \"{}\" is not six digits", r.division),
            )
        })?;
        let month = parse_month(&r.month).ok_or_else(|| {
            AssistanceError::bad_input(
                &format!("月份“{}”应为 YYYY-MM", r.month),
                &format!("month \"{}\" must be YYYY-MM", r.month),
            )
        })?;
        if r.amount_fen < 0 {
            return Err(AssistanceError::bad_input(
                "金额不能为负",
                "the amount cannot be negative",
            ));
        }
        self.add_raw(
            division,
            month,
            r.category,
            1,
            u64::from(r.persons),
            r.amount_fen,
        );
        Ok(())
    }

    fn add_raw(
        &mut self,
        division: u32,
        month: u32,
        c: AssistanceCategory,
        h: u64,
        p: u64,
        a: i64,
    ) {
        self.cells
            .entry((division, month, c))
            .or_default()
            .add(&Cell {
                households: h,
                persons: p,
                amount_fen: a,
            });
    }

    /// The figures of the cases paid in the month starting `month` (each case's amount for
    /// that month, [`AssistanceCase::amount_on`]); a 低保 or 特困 case's category is the one
    /// its log gives, else what `category` says; `None` leaves it unclassified.
    pub fn from_cases(
        cases: &[AssistanceCase],
        month: NaiveDate,
        category: impl Fn(&AssistanceCase) -> Option<AssistanceCategory>,
    ) -> Figures {
        let mut f = Figures::new();
        let key = month.year().unsigned_abs() * 100 + month.month();
        for c in cases {
            let amount = if c.programme == Programme::TemporaryAssistance {
                temporary_in(c, month)
            } else {
                c.amount_on(month)
            };
            if amount <= 0 {
                continue;
            }
            let Some(cat) = AssistanceCategory::of(c.programme)
                .or(c.category)
                .or_else(|| category(c))
            else {
                f.unclassified += 1;
                continue;
            };
            let Some(division) = parse_division(&c.division) else {
                f.unclassified += 1;
                continue;
            };
            f.add_raw(division, key, cat, 1, u64::from(c.household_size), amount);
        }
        f
    }

    /// The sum of two sets of figures (associative and commutative).
    pub fn merge(mut self, other: &Figures) -> Figures {
        for (k, v) in &other.cells {
            self.cells.entry(*k).or_default().add(v);
        }
        self.unclassified = self.unclassified.saturating_add(other.unclassified);
        self
    }

    /// The figures rolled up to cities or provinces.
    pub fn roll_up(&self, level: Level) -> Figures {
        let mut f = Figures {
            cells: BTreeMap::new(),
            unclassified: self.unclassified,
        };
        for ((d, m, c), v) in &self.cells {
            let d = match level {
                Level::County => *d,
                Level::City => d / 100 * 100,
                Level::Province => d / 10_000 * 10_000,
            };
            f.cells.entry((d, *m, *c)).or_default().add(v);
        }
        f
    }

    /// The rows: division, month (`YYYY-MM`), category and cell, in key order.
    pub fn rows(&self) -> impl Iterator<Item = (String, String, AssistanceCategory, Cell)> + '_ {
        self.cells.iter().map(|((d, m, c), v)| {
            (
                format!("{d:06}"),
                format!("{}-{:02}", m / 100, m % 100),
                *c,
                *v,
            )
        })
    }

    /// Totals per category over every division and month.
    pub fn totals(&self) -> BTreeMap<AssistanceCategory, Cell> {
        let mut t: BTreeMap<AssistanceCategory, Cell> = BTreeMap::new();
        for ((_, _, c), v) in &self.cells {
            t.entry(*c).or_default().add(v);
        }
        t
    }

    /// JSON: `{"rows": [{"division", "month", "category", "households", "persons",
    /// "amount_fen"}], "unclassified"}`.
    pub fn to_json(&self) -> serde_json::Value {
        let rows: Vec<serde_json::Value> = self
            .rows()
            .map(|(d, m, c, v)| {
                serde_json::json!({"division": d, "month": m, "category": c.as_str(),
                    "households": v.households, "persons": v.persons, "amount_fen": v.amount_fen})
            })
            .collect();
        serde_json::json!({"rows": rows, "unclassified": self.unclassified})
    }

    /// CSV with a Chinese header; amounts in yuan with two decimals.
    pub fn to_csv(&self) -> String {
        let mut s = String::from("行政区划代码,月份,项目,户数,人数,金额（元）\n");
        for (d, m, c, v) in self.rows() {
            s.push_str(&format!(
                "{d},{m},{},{},{},{}\n",
                csv_field(c.zh()),
                v.households,
                v.persons,
                crate::eligibility::yuan(v.amount_fen)
            ));
        }
        s
    }

    /// A self-contained HTML page: a bar chart of the amounts per category and the table.
    #[cfg(feature = "render")]
    pub fn to_html(&self, title: &str) -> String {
        use crate::text::escape_html as esc;
        let totals = self.totals();
        let max = totals
            .values()
            .map(|c| c.amount_fen)
            .max()
            .unwrap_or(0)
            .max(1);
        let mut svg = String::new();
        let h = 28 * totals.len() + 10;
        svg.push_str(&format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"{h}\" role=\"img\" aria-label=\"各项目金额\">\n"));
        for (i, (c, v)) in totals.iter().enumerate() {
            let w = i64::try_from(
                u128::try_from(v.amount_fen.max(0)).unwrap_or(0) * 440
                    / u128::try_from(max).unwrap_or(1),
            )
            .unwrap_or(0);
            let y = 28 * i + 5;
            svg.push_str(&format!(
                "<text x=\"0\" y=\"{}\" font-size=\"13\">{}</text><rect x=\"170\" y=\"{y}\" width=\"{w}\" height=\"20\" fill=\"#3b6ea5\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{} 元</text>\n",
                y + 15,
                esc(c.zh()),
                175 + w,
                y + 15,
                crate::eligibility::yuan(v.amount_fen)
            ));
        }
        svg.push_str("</svg>\n");
        let mut table = String::from("<table>\n<thead><tr><th>行政区划代码</th><th>月份</th><th>项目</th><th>户数</th><th>人数</th><th>金额（元）</th></tr></thead>\n<tbody>\n");
        for (d, m, c, v) in self.rows() {
            table.push_str(&format!(
                "<tr><td>{d}</td><td>{m}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(c.zh()),
                v.households,
                v.persons,
                crate::eligibility::yuan(v.amount_fen)
            ));
        }
        table.push_str("</tbody>\n</table>\n");
        format!(
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>body {{ font-family: sans-serif; max-width: 960px; margin: 2em auto; }} table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 2px 8px; }} td:nth-child(n+4) {{ text-align: right; }}</style>\n</head>\n<body>\n<h1>{t}</h1>\n{svg}{table}<p>未分类（低保城乡、特困供养方式未填）：{u}</p>\n</body>\n</html>\n",
            t = esc(title),
            u = self.unclassified
        )
    }
}

/// A 临时救助 case's grants in the month starting `month`: the urgent aid and the approval,
/// each in the month it was given.
pub(crate) fn temporary_in(c: &AssistanceCase, month: NaiveDate) -> i64 {
    let same = |d: NaiveDate| d.year() == month.year() && d.month() == month.month();
    let mut a = 0i64;
    if let Some((d, x)) = c.urgent_aid {
        if same(d) {
            a = a.saturating_add(x);
        }
    }
    if let (Some((d, true)), Some(x)) = (c.decided, c.amount_fen) {
        if same(d) {
            a = a.saturating_add(x);
        }
    }
    a
}
