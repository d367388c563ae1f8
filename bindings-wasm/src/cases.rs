//! Cases replayed from their event logs: disclosure requests and service-window cases.

use crate::calendar::{with_calendar, with_periods};
use crate::date;
use crate::error::{Failure, Outcome};
use crate::json::{text_of, to_js};
use crate::types::{DisclosureStatus, WindowStatus};
use minzheng::disclosure::Replayer;
use minzheng::errors::ErrorCode;
use minzheng::power::PowerList;
use minzheng::window::{supervise, window_items, Desk};
use wasm_bindgen::prelude::*;

/// The events as JSON Lines: a string is taken as the log itself, an array as its events.
pub(crate) fn log_of(events: &JsValue) -> Outcome<String> {
    if events.is_string() {
        return text_of(events, "events");
    }
    if !js_sys::Array::is_array(events) {
        return Err(Failure::binding(
            ErrorCode::InvalidArgument,
            "events 应为事件数组或 JSON Lines 文本",
            "events must be an array of events or JSON Lines text",
        ));
    }
    let mut log = String::new();
    for e in js_sys::Array::from(events).iter() {
        log.push_str(&text_of(&e, "event")?);
        log.push('\n');
    }
    Ok(log)
}

/// Replays a disclosure request (依申请公开) from its events and reports it on `today`:
/// `{ case, report }` with the receipt date by channel, the clock start, the reply due date and
/// its explanation, suspensions and extension, the status and the compliance notes. Throws on
/// an event the rules refuse (the case is left as it was).
#[wasm_bindgen(js_name = replayDisclosure, unchecked_return_type = "DisclosureStatus")]
pub fn replay_disclosure(
    #[wasm_bindgen(unchecked_param_type = "object[] | string")] events: JsValue,
    today: &str,
) -> Outcome<JsValue> {
    let today = date(today)?;
    let events = minzheng::disclosure::parse_log(&log_of(&events)?)?;
    let (case, report) = with_calendar(|cal| {
        with_periods(|periods| {
            let r = Replayer::new(cal, periods);
            let case = r.replay(&events)?;
            let report = r.report(&case, today)?;
            Ok::<_, minzheng::disclosure::DisclosureError>((case, report))
        })
    })?;
    to_js(&DisclosureStatus {
        case: &case,
        explanation: report
            .deadline
            .as_ref()
            .map(crate::calendar::explanation_lines)
            .unwrap_or_default(),
        report: &report,
    })
}

/// Replays a service-window case from its events against the window items of a power list and
/// reports it on `today`: `{ case, report: { clock, due, watch } }` (`report` is `null` when no
/// clock runs). Throws on an event the rules refuse.
#[wasm_bindgen(js_name = windowCaseStatus, unchecked_return_type = "WindowStatus")]
pub fn window_case_status(
    #[wasm_bindgen(unchecked_param_type = "PowerList | string")] power_list: JsValue,
    #[wasm_bindgen(unchecked_param_type = "object[] | string")] events: JsValue,
    today: &str,
) -> Outcome<JsValue> {
    let today = date(today)?;
    let list = PowerList::from_json(&text_of(&power_list, "powerList")?)?;
    let events = minzheng::window::parse_log(&log_of(&events)?)?;
    with_calendar(|cal| {
        let desk = Desk::new(cal, window_items(&list))?;
        let case = desk.replay(&events)?;
        let cases = [case];
        let rows = supervise(&desk, &cases, today, 3)?;
        let [case] = &cases;
        to_js(&WindowStatus {
            case,
            report: rows.first(),
        })
    })
}
