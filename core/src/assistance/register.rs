//! The integrity registers a supervisor reads: cases with a close relative of staff (单独登记
//! 备案, every programme) and refusals with their written-notice dates.

use super::case::{AssistanceCase, AssistanceState, Procedure};
use super::clock::ProcedureStep;
use super::error::AssistanceError;
use crate::eligibility::Programme;
use chrono::NaiveDate;
use serde::Serialize;

/// One row of the register of cases with a close relative of a caseworker or village cadre
/// (最低生活保障审核确认办法 第十一条 \[V2\], applied to every programme: seed 004 (一)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelativeRow {
    /// Case id.
    pub case: String,
    /// The programme.
    pub programme: Programme,
    /// The township.
    pub township: String,
    /// The village.
    pub village: String,
    /// The day received.
    pub received: NaiveDate,
    /// The day accepted (registration).
    pub accepted_on: Option<NaiveDate>,
    /// The county's home visit (on or after the township's report), if made.
    pub county_home_visit: Option<NaiveDate>,
    /// The state.
    pub state: AssistanceState,
    /// Approved (`Some(true)`), refused (`Some(false)`) or not decided.
    pub approved: Option<bool>,
    /// Decided without the county's home visit (第二十条第二款): what a supervisor must see.
    pub decided_without_visit: bool,
}

/// The register of separately registered cases (单独登记备案), in case order.
pub fn relatives_register(cases: &[AssistanceCase]) -> Vec<RelativeRow> {
    cases
        .iter()
        .filter(|c| c.staff_relative)
        .map(|c| {
            let visit = c
                .submitted
                .and_then(|s| c.home_visits.iter().map(|(d, _)| *d).find(|d| *d >= s));
            RelativeRow {
                case: c.id.clone(),
                programme: c.programme,
                township: c.township.clone(),
                village: c.village.clone(),
                received: c.received,
                accepted_on: c.accepted_on,
                county_home_visit: visit,
                state: c.state,
                approved: c.decided.map(|(_, a)| a),
                decided_without_visit: c.decided.is_some() && visit.is_none(),
            }
        })
        .collect()
}

/// Whether a refusal's written notice was timely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeTimeliness {
    /// Notified on or before the due date.
    OnTime,
    /// Notified after the due date.
    Late,
    /// Not notified and past the due date on the day: a refusal without a timely written notice.
    Missing,
    /// Not notified, not yet due.
    Pending,
    /// Notified; the programme's texts set no number of days (事实无人抚养儿童: “应当书面说明
    /// 理由”, 孤儿, the subsidies, 临时救助).
    NotifiedNoLimit,
    /// Not notified; no number of days is set: to be notified without delay.
    NotNotifiedNoLimit,
}

/// One row of the refusal register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefusalRow {
    /// Case id.
    pub case: String,
    /// The programme.
    pub programme: Programme,
    /// The township.
    pub township: String,
    /// The day refused (不予受理 or 不予确认).
    pub refused: NaiveDate,
    /// `true` for 不予受理 (grounds given at once), `false` for a refusal after review.
    pub not_accepted: bool,
    /// The written notice's due date, where the programme's texts set one.
    pub notice_due: Option<NaiveDate>,
    /// The day notified.
    pub notified: Option<NaiveDate>,
    /// Timely or not, on the day.
    pub timeliness: NoticeTimeliness,
    /// The reasons given.
    pub reasons: Vec<String>,
}

/// The register of refusals on `today`, in case order: a supervisor sees every refusal without
/// a timely written notice (低保 第二十一条, 特困 第十八条: 3 working days).
pub fn refusal_register(
    procedure: &Procedure<'_>,
    cases: &[AssistanceCase],
    today: NaiveDate,
) -> Result<Vec<RefusalRow>, AssistanceError> {
    let mut out = Vec::new();
    for c in cases {
        if let Some((d, super::case::Ending::NotAccepted)) = c.closed {
            out.push(RefusalRow {
                case: c.id.clone(),
                programme: c.programme,
                township: c.township.clone(),
                refused: d,
                not_accepted: true,
                notice_due: None,
                notified: Some(d),
                timeliness: NoticeTimeliness::OnTime,
                reasons: c.reasons.clone(),
            });
            continue;
        }
        let Some((d, false)) = c.decided else {
            continue;
        };
        let timing = procedure
            .timings(c)?
            .into_iter()
            .find(|t| t.step == ProcedureStep::RefusalNotice);
        let due = timing.map(|t| t.due);
        let timeliness = match (due, c.refusal_notified) {
            (Some(due), Some(n)) if n <= due => NoticeTimeliness::OnTime,
            (Some(_), Some(_)) => NoticeTimeliness::Late,
            (Some(due), None) if today > due => NoticeTimeliness::Missing,
            (Some(_), None) => NoticeTimeliness::Pending,
            (None, Some(_)) => NoticeTimeliness::NotifiedNoLimit,
            (None, None) => NoticeTimeliness::NotNotifiedNoLimit,
        };
        out.push(RefusalRow {
            case: c.id.clone(),
            programme: c.programme,
            township: c.township.clone(),
            refused: d,
            not_accepted: false,
            notice_due: due,
            notified: c.refusal_notified,
            timeliness,
            reasons: c.reasons.clone(),
        });
    }
    Ok(out)
}

/// A CSV field, quoted when needed (RFC 4180).
pub(crate) fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn opt<T: ToString>(x: &Option<T>) -> String {
    x.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The relatives register as CSV (UTF-8, header row in Chinese).
pub fn relatives_csv(rows: &[RelativeRow]) -> String {
    let mut s = String::from("案件编号,项目,乡镇（街道）,村（社区）,收件日期,受理（登记）日期,县级入户调查日期,状态,结果,未经县级入户调查即作决定\n");
    for r in rows {
        let line = [
            csv_field(&r.case),
            r.programme.as_zh().to_owned(),
            csv_field(&r.township),
            csv_field(&r.village),
            r.received.to_string(),
            opt(&r.accepted_on),
            opt(&r.county_home_visit),
            r.state.label().to_owned(),
            match r.approved {
                Some(true) => "确认".into(),
                Some(false) => "不予确认".into(),
                None => String::new(),
            },
            if r.decided_without_visit { "是" } else { "" }.to_owned(),
        ];
        s.push_str(&line.join(","));
        s.push('\n');
    }
    s
}

/// The refusal register as CSV (UTF-8, header row in Chinese).
pub fn refusals_csv(rows: &[RefusalRow]) -> String {
    let mut s = String::from(
        "案件编号,项目,乡镇（街道）,决定日期,不予受理,书面告知期限,告知日期,及时性,理由\n",
    );
    for r in rows {
        let t = serde_json::to_value(r.timeliness)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let line = [
            csv_field(&r.case),
            r.programme.as_zh().to_owned(),
            csv_field(&r.township),
            r.refused.to_string(),
            if r.not_accepted { "是" } else { "" }.to_owned(),
            opt(&r.notice_due),
            opt(&r.notified),
            t,
            csv_field(&r.reasons.join("；")),
        ];
        s.push_str(&line.join(","));
        s.push('\n');
    }
    s
}
