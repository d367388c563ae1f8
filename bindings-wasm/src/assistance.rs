//! Social-assistance cases (issue 17): 低保, 特困, the two disability subsidies, 孤儿,
//! 事实无人抚养儿童 and 临时救助, replayed from their event logs through the core's
//! `minzheng::assistance` API: status on a day with its explanation, the supervision screen,
//! notices, the 公示 rows, the registers and the county figures.

use crate::calendar::{with_calendar, with_periods};
use crate::cases::log_of;
use crate::date;
use crate::error::{Failure, Outcome};
use crate::json::to_js;
use crate::types::{
    AssistanceFigures, AssistanceNoticeOut, AssistanceRegister, AssistanceStatus,
    AssistanceSupervision, PendingStep, TimelinessRow,
};
use minzheng::assistance::{
    group_by_case, parse_log, public_rows, refusal_register, refusals_csv, relatives_csv,
    relatives_register, supervise, timeliness, AssistanceCase, AssistanceNoticeKind,
    AssistanceTemplates, Figures, Level, NoticeContext, Procedure,
};
use minzheng::deadline::Catalogue;
use minzheng::errors::ErrorCode;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// Runs `f` with a procedure on the instance's calendar and the national periods, or the
/// national periods with a jurisdiction's overrides (`{ "dibao.county_decision": ... }` as
/// `Catalogue::with_overrides_json` reads them) when given.
fn with_procedure<T>(
    overrides: Option<String>,
    f: impl FnOnce(&Procedure<'_>) -> Outcome<T>,
) -> Outcome<T> {
    with_calendar(|cal| {
        with_periods(|national| match overrides {
            None => f(&Procedure::new(cal, national)),
            Some(o) => {
                let cat: Catalogue = national.with_overrides_json(&o)?;
                f(&Procedure::new(cal, &cat))
            }
        })
    })
}

/// Every case of a log (events of several cases interleaved), replayed in order of first
/// appearance; the first refused event is thrown.
fn replay_cases(p: &Procedure<'_>, events: &JsValue) -> Outcome<Vec<AssistanceCase>> {
    let log = parse_log(&log_of(events)?)?;
    group_by_case(log)
        .into_iter()
        .map(|(_, evs)| p.replay(&evs).map_err(Failure::from))
        .collect()
}

/// Replays one social-assistance case from its events (an array of event objects or JSON
/// Lines text) and reports it on `today`: `{ case, timings, pending, explanation }`, every
/// limit with its rule, period, start, due date and when met, the pending ones most urgent
/// first with their watch status, and the explanation lines naming each rule with its
/// confidence. `overrides`: a jurisdiction's shorter limits (JSON, as the period catalogue
/// reads them). Throws a `MinzhengError` (`assistance.event_refused`, ...) on an event the
/// state does not allow: a log is replayed whole or not at all.
#[wasm_bindgen(js_name = replayAssistance, unchecked_return_type = "AssistanceStatus")]
pub fn replay_assistance(
    #[wasm_bindgen(unchecked_param_type = "object[] | string")] events: JsValue,
    today: &str,
    #[wasm_bindgen(unchecked_param_type = "object | string | undefined")] overrides: JsValue,
) -> Outcome<JsValue> {
    let today = date(today)?;
    let overrides = optional_text(&overrides, "overrides")?;
    with_procedure(overrides, |p| {
        let events = parse_log(&log_of(&events)?)?;
        let case = p.replay(&events)?;
        let timings = p.timings(&case)?;
        let pending = p
            .pending(&case, today, 3)?
            .into_iter()
            .map(|(timing, watch)| PendingStep { timing, watch })
            .collect();
        to_js(&AssistanceStatus {
            explanation: p.explain(&case, today)?,
            case: &case,
            timings,
            pending,
        })
    })
}

fn optional_text(value: &JsValue, what: &str) -> Outcome<Option<String>> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        crate::json::text_of(value, what).map(Some)
    }
}

/// The bureau's supervision screen on `today` over the events of many cases: every open case
/// by urgency (overdue longest first, due today, warning at `warnAt` workdays or fewer, then
/// the cases no limit watches, longest waiting first), and timeliness per township and step.
#[wasm_bindgen(js_name = superviseAssistance, unchecked_return_type = "AssistanceSupervision")]
pub fn supervise_assistance(
    #[wasm_bindgen(unchecked_param_type = "object[] | string")] events: JsValue,
    today: &str,
    warn_at: Option<u32>,
) -> Outcome<JsValue> {
    let today = date(today)?;
    with_procedure(None, |p| {
        let cases = replay_cases(p, &events)?;
        let rows = supervise(p, &cases, today, warn_at.unwrap_or(3))?;
        let timeliness = timeliness(p, &cases, today)?
            .into_iter()
            .map(|((township, step), t)| TimelinessRow {
                township,
                step,
                on_time_permille: t.on_time_permille(),
                timeliness: t,
            })
            .collect();
        to_js(&AssistanceSupervision { rows, timeliness })
    })
}

/// What a notice needs besides the case.
#[derive(Deserialize)]
struct NoticeArgs {
    office: String,
    reconsideration_body: String,
    date: String,
    #[serde(default)]
    templates: Option<String>,
}

fn notice_kind(kind: &str) -> Outcome<AssistanceNoticeKind> {
    use AssistanceNoticeKind as K;
    [
        K::Acceptance,
        K::Correction,
        K::NonAcceptance,
        K::Approval,
        K::Refusal,
        K::Reduction,
        K::Stop,
        K::Termination,
    ]
    .into_iter()
    .find(|k| k.as_str() == kind)
    .ok_or_else(|| {
        Failure::binding(
            ErrorCode::InvalidArgument,
            &format!("未知的通知书种类“{kind}”（acceptance、correction、non_acceptance、approval、refusal、reduction、stop、termination）"),
            &format!("unknown notice kind '{kind}' (acceptance, correction, non_acceptance, approval, refusal, reduction, stop, termination)"),
        )
    })
}

/// A notice in social-assistance wording for case `caseId` of the log: acceptance, correction
/// (every missing item at once), non-acceptance, approval (amount and first month), refusal and
/// reduction (the reasons from the failed findings, the remedies with their bodies and time
/// limits), stop, termination. `args`: `{ office, reconsideration_body, date, templates? }`
/// (`templates`: replacement templates as JSON text). Returns `{ kind, title, markdown, html }`;
/// throws when the case lacks what the notice needs.
#[wasm_bindgen(js_name = assistanceNotice, unchecked_return_type = "AssistanceNoticeOut")]
pub fn assistance_notice(
    #[wasm_bindgen(unchecked_param_type = "object[] | string")] events: JsValue,
    case_id: &str,
    kind: &str,
    #[wasm_bindgen(unchecked_param_type = "AssistanceNoticeArgs")] args: JsValue,
) -> Outcome<JsValue> {
    let kind = notice_kind(kind)?;
    let args: NoticeArgs = crate::json::from_js(&args, "args")?;
    let templates = match &args.templates {
        Some(t) => AssistanceTemplates::from_json(t)?,
        None => AssistanceTemplates::standard(),
    };
    let ctx = NoticeContext {
        office: &args.office,
        reconsideration_body: &args.reconsideration_body,
        date: date(&args.date)?,
    };
    with_procedure(None, |p| {
        let cases = replay_cases(p, &events)?;
        let case = cases.iter().find(|c| c.id == case_id).ok_or_else(|| {
            Failure::binding(
                ErrorCode::InvalidArgument,
                &format!("日志中没有案件 {case_id}"),
                &format!("no case {case_id} in the log"),
            )
        })?;
        let n = templates.fill(kind, p, case, &ctx)?;
        to_js(&AssistanceNoticeOut {
            kind: n.kind.as_str().to_owned(),
            html: n.to_html(),
            title: n.title,
            markdown: n.markdown,
        })
    })
}

/// The 公示 rows of the cases paid in `month` (`YYYY-MM`): name, household size, amount and
/// village only, 事实无人抚养儿童 never listed.
#[wasm_bindgen(js_name = assistancePublicRows, unchecked_return_type = "NoticeRow[]")]
pub fn assistance_public_rows(
    #[wasm_bindgen(unchecked_param_type = "object[] | string")] events: JsValue,
    month: &str,
) -> Outcome<JsValue> {
    let month = month_start(month)?;
    with_procedure(None, |p| {
        let cases = replay_cases(p, &events)?;
        to_js(&public_rows(&cases, month))
    })
}

fn month_start(month: &str) -> Outcome<chrono::NaiveDate> {
    date(&format!("{month}-01"))
}

/// A register on `today`, as rows and as CSV: `relatives` (单独登记备案: cases with a close
/// relative of a caseworker or village cadre, every programme) or `refusals` (every refusal
/// with its written-notice date and whether it was timely).
#[wasm_bindgen(js_name = assistanceRegister, unchecked_return_type = "AssistanceRegister")]
pub fn assistance_register(
    #[wasm_bindgen(unchecked_param_type = "object[] | string")] events: JsValue,
    #[wasm_bindgen(unchecked_param_type = "'relatives' | 'refusals'")] which: &str,
    today: &str,
) -> Outcome<JsValue> {
    let today = date(today)?;
    with_procedure(None, |p| {
        let cases = replay_cases(p, &events)?;
        match which {
            "relatives" => {
                let rows = relatives_register(&cases);
                to_js(&AssistanceRegister {
                    csv: relatives_csv(&rows),
                    rows: to_value(&rows)?,
                })
            }
            "refusals" => {
                let rows = refusal_register(p, &cases, today)?;
                to_js(&AssistanceRegister {
                    csv: refusals_csv(&rows),
                    rows: to_value(&rows)?,
                })
            }
            other => Err(Failure::binding(
                ErrorCode::InvalidArgument,
                &format!("未知的登记簿“{other}”（relatives、refusals）"),
                &format!("unknown register '{other}' (relatives, refusals)"),
            )),
        }
    })
}

fn to_value<T: serde::Serialize>(v: &T) -> Outcome<serde_json::Value> {
    serde_json::to_value(v).map_err(|e| {
        Failure::binding(
            ErrorCode::Json,
            "结果无法转换为 JSON",
            &format!("result not representable as JSON: {e}"),
        )
    })
}

/// County figures of the cases paid in `month` (`YYYY-MM`): households, persons and the
/// monthly amount per programme and division, at `level` (`county`, the default, `city` or
/// `province`, merged upwards), as JSON rows, CSV and an HTML page with charts (`title`).
#[wasm_bindgen(js_name = assistanceFigures, unchecked_return_type = "AssistanceFigures")]
pub fn assistance_figures(
    #[wasm_bindgen(unchecked_param_type = "object[] | string")] events: JsValue,
    month: &str,
    #[wasm_bindgen(unchecked_param_type = "'county' | 'city' | 'province' | undefined")]
    level: Option<String>,
    title: Option<String>,
) -> Outcome<JsValue> {
    let month = month_start(month)?;
    let level = match level.as_deref() {
        None | Some("county") => Level::County,
        Some("city") => Level::City,
        Some("province") => Level::Province,
        Some(other) => {
            return Err(Failure::binding(
                ErrorCode::InvalidArgument,
                &format!("未知的层级“{other}”（county、city、province）"),
                &format!("unknown level '{other}' (county, city, province)"),
            ))
        }
    };
    with_procedure(None, |p| {
        let cases = replay_cases(p, &events)?;
        let f = Figures::from_cases(&cases, month, |_| None);
        let f = if level == Level::County {
            f
        } else {
            f.roll_up(level)
        };
        to_js(&AssistanceFigures {
            figures: f.to_json(),
            csv: f.to_csv(),
            html: f.to_html(title.as_deref().unwrap_or("社会救助对象和资金统计")),
        })
    })
}
