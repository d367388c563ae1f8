//! Public notice (公示 / 公布): rows with only what may be shown — the applicant's name, the
//! number of household members, the amount, the village or community (最低生活保障审核确认办法
//! 第二十四条 \[V2\]; 社会救助暂行办法 第六十一条 \[V1\]). The row type has no other field, so no
//! identity number or other input can reach a notice. 事实无人抚养儿童 cases are never listed
//! (意见 二（二）: "不宜设置公示环节"), and neither are the other child and subsidy programmes,
//! which have no notice rule.

use super::finding::{Outcome, Programme};
use super::household::Household;
use super::Evaluation;
use crate::calendar::Calendar;
use crate::deadline::{Catalogue, DeadlineError};
use chrono::NaiveDate;
use serde::Serialize;

/// One row of a notice: the whitelist of 第二十四条.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct NoticeRow {
    /// 姓名 of the applicant (or of the single person under 单人保, or the 特困 person).
    pub name: String,
    /// 家庭成员数量 covered.
    pub household_size: u32,
    /// 保障金额 per month, fen.
    pub amount_fen: i64,
    /// 村、社区.
    pub village: String,
}

/// A notice for one programme, with its posting and end dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PublicNotice {
    /// The programme (低保 or 特困).
    pub programme: Programme,
    /// The day it is posted.
    pub posted: NaiveDate,
    /// The last day of the notice period (7 days, 第十九条 / 特困 第十五条; a last day on a rest
    /// day rolls to the next workday).
    pub ends: NaiveDate,
    /// The rows.
    pub rows: Vec<NoticeRow>,
}

/// Builds the rows for `programme` from evaluated households. Only eligible decisions are
/// listed (a case in manual review is not yet approved). Programmes other than 低保 and 特困
/// give no rows.
pub fn rows<'a>(
    programme: Programme,
    cases: impl IntoIterator<Item = (&'a Household, &'a Evaluation)>,
) -> Vec<NoticeRow> {
    let mut out = Vec::new();
    if !matches!(programme, Programme::Dibao | Programme::Tekun) {
        return out;
    }
    for (hh, ev) in cases {
        for d in ev
            .decisions
            .iter()
            .filter(|d| d.programme == programme && d.outcome == Outcome::Eligible)
        {
            let Some(amount) = d.amount_fen else { continue };
            let single = programme == Programme::Dibao
                && hh
                    .applicant_index()
                    .is_some_and(|a| !d.covered.contains(&a));
            if single {
                // 单人保: one row per person, household size 1, each with their own amount.
                for p in &d.per_member {
                    if let Some(m) = hh.members.get(p.member) {
                        out.push(NoticeRow {
                            name: m.name.clone(),
                            household_size: 1,
                            amount_fen: p.amount_fen,
                            village: hh.village.clone(),
                        });
                    }
                }
                continue;
            }
            let name = match programme {
                Programme::Tekun => d.member.and_then(|i| hh.members.get(i)),
                _ => hh.applicant(),
            };
            if let Some(m) = name {
                out.push(NoticeRow {
                    name: m.name.clone(),
                    household_size: u32::try_from(d.covered.len()).unwrap_or(u32::MAX),
                    amount_fen: amount,
                    village: hh.village.clone(),
                });
            }
        }
    }
    out
}

/// A notice posted on `posted`, its end date from the catalogue (`dibao.public_notice` or
/// `tekun.public_notice`).
///
/// ```
/// use minzheng::calendar::Calendar;
/// use minzheng::deadline::Catalogue;
/// use minzheng::eligibility::{evaluate, notice, Household, Profile, Programme, SAMPLE_PROFILE_JSON};
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let profile = Profile::from_json(SAMPLE_PROFILE_JSON)?;
/// let hh = Household::from_json(r#"{"members": [{"name": "赵敏", "relation": "applicant",
///   "id_number": "34052419800101001X", "income": []}], "assets": [], "residence": "110105",
///   "village": "示例社区", "area": "urban", "application_date": "2026-06-01"}"#)?;
/// let ev = evaluate(&hh, &profile, d(2026, 6, 15))?;
/// let n = notice::build(Programme::Dibao, [(&hh, &ev)], d(2026, 6, 19), &Calendar::china(),
///     &Catalogue::national())?;
/// assert_eq!(n.ends, d(2026, 6, 26));
/// assert_eq!((n.rows[0].name.as_str(), n.rows[0].household_size, n.rows[0].amount_fen), ("赵敏", 1, 100_000));
/// assert!(!serde_json::to_string(&n).unwrap().contains("34052419800101001X"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn build<'a>(
    programme: Programme,
    cases: impl IntoIterator<Item = (&'a Household, &'a Evaluation)>,
    posted: NaiveDate,
    cal: &Calendar,
    catalogue: &Catalogue,
) -> Result<PublicNotice, DeadlineError> {
    let id = match programme {
        Programme::Tekun => "tekun.public_notice",
        _ => "dibao.public_notice",
    };
    let ends = catalogue.clock(id, posted)?.compute(cal)?.due;
    Ok(PublicNotice {
        programme,
        posted,
        ends,
        rows: rows(programme, cases),
    })
}
