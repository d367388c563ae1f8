//! Power lists: checks, flowcharts, import from a grid.

use crate::error::Outcome;
use crate::json::{from_js, text_of, to_js};
use crate::types::ProcessImport;
use minzheng::power::{check, check_item, svg, PowerItem, PowerList};
use minzheng::tables::{import_power_list, import_process_table};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The findings of the checks on one item, with `ok` (no error-level finding).
#[derive(Serialize)]
struct ItemCheck {
    ok: bool,
    errors: usize,
    warnings: usize,
    findings: Vec<minzheng::power::Finding>,
}

/// Every check (`PL001`…, each with its citation, severity and message in each language) on
/// one power item, at once; for an editor checking as the user types. Throws only when the
/// object is not a power item at all.
#[wasm_bindgen(js_name = checkPowerItem, unchecked_return_type = "PowerItemCheck")]
pub fn check_power_item(
    #[wasm_bindgen(unchecked_param_type = "PowerItem | string")] item: JsValue,
) -> Outcome<JsValue> {
    let item: PowerItem = from_js(&item, "item")?;
    let findings = check_item(&item);
    let count =
        |s: minzheng::power::Severity| findings.iter().filter(|f| f.severity == Some(s)).count();
    let (errors, warnings) = (
        count(minzheng::power::Severity::Error),
        count(minzheng::power::Severity::Warning),
    );
    to_js(&ItemCheck {
        ok: errors == 0,
        errors,
        warnings,
        findings,
    })
}

/// Every check on a whole power list (including the checks across items).
#[wasm_bindgen(js_name = checkPowerList, unchecked_return_type = "PowerReport")]
pub fn check_power_list(
    #[wasm_bindgen(unchecked_param_type = "PowerList | string")] list: JsValue,
) -> Outcome<JsValue> {
    let list = PowerList::from_json(&text_of(&list, "list")?)?;
    to_js(&check(&list))
}

/// The item's flowchart (权力运行流程图) as a self-laid-out SVG document.
#[wasm_bindgen(js_name = flowchartSvg)]
pub fn flowchart_svg(
    #[wasm_bindgen(unchecked_param_type = "PowerItem | string")] item: JsValue,
) -> Outcome<String> {
    let item: PowerItem = from_js(&item, "item")?;
    Ok(svg(&item))
}

fn grid_of(grid: &JsValue) -> Outcome<Vec<Vec<String>>> {
    // Cells may be numbers or empty (SheetJS `sheet_to_json(ws, { header: 1 })`): read as text.
    let rows: Vec<Vec<serde_json::Value>> = from_js(grid, "grid")?;
    Ok(rows
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|c| match c {
                    serde_json::Value::String(s) => s,
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect())
}

/// Imports a process table (a 2-D array of cells, as SheetJS gives) into a power item and
/// draws its flowchart: `{ item, report, svg }`.
#[wasm_bindgen(js_name = importProcessGrid, unchecked_return_type = "ProcessImport")]
pub fn import_process_grid(
    #[wasm_bindgen(unchecked_param_type = "unknown[][]")] grid: JsValue,
    name: &str,
) -> Outcome<JsValue> {
    let (item, report) = import_process_table(&grid_of(&grid)?, name)?;
    let svg = svg(&item);
    to_js(&ProcessImport {
        item: &item,
        report: &report,
        svg,
    })
}

/// Imports a power list from a 2-D array of cells (the published sheet): `{ list, report }`.
#[wasm_bindgen(js_name = importPowerListGrid, unchecked_return_type = "PowerListImport")]
pub fn import_power_list_grid(
    #[wasm_bindgen(unchecked_param_type = "unknown[][]")] grid: JsValue,
    authority: &str,
) -> Outcome<JsValue> {
    let (list, report) = import_power_list(&grid_of(&grid)?, authority)?;
    #[derive(Serialize)]
    struct Import<'a> {
        list: &'a PowerList,
        report: &'a minzheng::tables::ImportReport,
    }
    to_js(&Import {
        list: &list,
        report: &report,
    })
}
