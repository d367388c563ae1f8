//! The item checks (PL001–PL013) and the entry points; the flow checks are in `flow_check`.

use super::finding::{Finding, Report};
use super::rules::{rules, CheckRule, Severity};
use super::span::exceeds;
use super::{flow_check, Category, Handling, PowerItem, PowerList, StepKind};
use crate::deadline::{Period, PeriodUnit};
use crate::{Citation, Confidence};
use std::collections::HashMap;

/// The general licensing decision period (行政许可法 第四十二条第一款、第八十二条).
const LICENSING_LIMIT: Period = Period::working_days(20);

/// Collects the findings of one item.
pub(crate) struct Sink<'a> {
    pub out: &'a mut Vec<Finding>,
    pub item: &'a str,
    /// The item's index in its list (paths start `items[i]`), or none for a lone item.
    pub index: Option<usize>,
    /// The checker's rules, built once per check (each finding cites its rule's first basis).
    pub rules: &'a [CheckRule],
}

impl Sink<'_> {
    pub(crate) fn push(&mut self, rule: &'static str, field: &str, zh: String, en: String) {
        let path = match (self.index, field.is_empty()) {
            (Some(i), true) => format!("items[{i}]"),
            (Some(i), false) => format!("items[{i}].{field}"),
            (None, _) => field.to_owned(),
        };
        // The rule's own severity and first basis, from the one rules table.
        let known = self.rules.iter().find(|r| r.id == rule);
        let severity = known.map_or(Severity::Error, |r| r.severity);
        let citation = known
            .and_then(|r| r.basis.first().cloned())
            .unwrap_or_else(|| Citation::new("minzheng", rule, Confidence::Unverified));
        self.out
            .push(Finding::check(rule, severity, citation, path, zh, en).in_item(self.item));
    }
}

/// Checks a whole list: every item, every rule, in one pass. Never fails and never panics;
/// problems are findings.
///
/// ```
/// use minzheng::power::{check, PowerList};
/// let list = PowerList::from_json(r#"{"authority": "某市民政局", "items": [
///   {"code": "X1", "name": "某事项", "category": "penalty", "implementing_body": "某市民政局",
///    "handling": "promised"}]}"#)?;
/// let report = check(&list);
/// assert!(report.has_errors());
/// // No basis, no promised limit, no prior notice, no remedy, no process start.
/// assert_eq!(report.rules_fired(), ["PL001", "PL004", "PL008", "PL010", "PL020"]);
/// # Ok::<(), minzheng::power::PowerError>(())
/// ```
pub fn check(list: &PowerList) -> Report {
    let mut findings = Vec::new();
    let rules = rules();
    let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(list.items.len() * 2);
    for (i, item) in list.items.iter().enumerate() {
        let mut sink = Sink {
            out: &mut findings,
            item: &item.code,
            index: Some(i),
            rules: &rules,
        };
        check_item_into(item, &mut sink);
        // PL012: codes (main and sub-items) unique across the list.
        let codes = std::iter::once((item.code.as_str(), None)).chain(
            item.sub_items
                .iter()
                .enumerate()
                .map(|(j, s)| (s.code.as_str(), Some(j))),
        );
        for (code, sub) in codes {
            if code.trim().is_empty() {
                continue;
            }
            match first_seen.get(code) {
                Some(&k) => {
                    let field = match sub {
                        None => "code".to_owned(),
                        Some(j) => format!("sub_items[{j}].code"),
                    };
                    sink.push(
                        "PL012",
                        &field,
                        format!("编码“{code}”与第{}项重复", k + 1),
                        format!("code \"{code}\" already used by item {}", k + 1),
                    );
                }
                None => {
                    first_seen.insert(code, i);
                }
            }
        }
    }
    Report {
        items: list.items.len(),
        findings,
    }
}

/// Checks one item on its own (everything except duplicate codes across a list); paths start
/// at the item (`legal_bases`, `process.steps[2].post`, ...).
pub fn check_item(item: &PowerItem) -> Vec<Finding> {
    let mut out = Vec::new();
    let rules = rules();
    let mut sink = Sink {
        out: &mut out,
        item: &item.code,
        index: None,
        rules: &rules,
    };
    check_item_into(item, &mut sink);
    out
}

fn check_item_into(item: &PowerItem, s: &mut Sink<'_>) {
    // PL001
    if item.legal_bases.is_empty() {
        s.push(
            "PL001",
            "legal_bases",
            "未列明设定或实施依据".into(),
            "no legal basis is given".into(),
        );
    }
    time_limit_checks(item, s);
    fee_checks(item, s);
    // PL007: the eight disclosures of a window item.
    if item.window {
        let missing = missing_eight(item);
        if !missing.is_empty() {
            let zh: Vec<&str> = missing.iter().map(|m| m.0).collect();
            let en: Vec<&str> = missing.iter().map(|m| m.1).collect();
            s.push(
                "PL007",
                "",
                format!("窗口事项“八公开”缺少：{}", zh.join("、")),
                format!("window item lacks: {}", en.join(", ")),
            );
        }
    }
    if item.category == Category::Penalty {
        penalty_checks(item, s);
    }
    // PL011: licensing beyond 20 working days needs its special rule.
    let tl = &item.time_limits;
    if item.category == Category::Licensing && tl.statutory_basis.is_none() {
        if let Some(st) = tl.statutory {
            let beyond = st.unit != PeriodUnit::WorkingDays || st.amount > LICENSING_LIMIT.amount;
            if beyond {
                s.push(
                    "PL011",
                    "time_limits.statutory_basis",
                    format!("行政许可法定时限{}超出《行政许可法》第四十二条的20个工作日，须引用规定该时限的法律、法规条文", st.zh()),
                    format!("statutory limit {} departs from the 20 working days of Licensing Law Art. 42: cite the law or regulation that sets it", st.en()),
                );
            }
        }
    }
    flow_check::check_flow(item, s);
}

/// PL002–PL004: the promised limit against the statutory one and the handling type.
fn time_limit_checks(item: &PowerItem, s: &mut Sink<'_>) {
    let tl = &item.time_limits;
    // PL002 / PL013: promised vs statutory.
    if let (Some(p), Some(st)) = (tl.promised, tl.statutory) {
        match exceeds(p, st) {
            Some(true) => s.push(
                "PL002",
                "time_limits.promised",
                format!("承诺时限{}超过法定时限{}", p.zh(), st.zh()),
                format!("promised {} exceeds the statutory {}", p.en(), st.en()),
            ),
            Some(false) => {}
            None => s.push(
                "PL013",
                "time_limits.promised",
                format!("承诺时限{}与法定时限{}单位不同，无法确定是否超过；请以同一单位公布", p.zh(), st.zh()),
                format!("promised {} and statutory {} are in different units and cannot be compared; state both in the same unit", p.en(), st.en()),
            ),
        }
    }
    // PL003 / PL004: handling type vs promised limit.
    match item.handling {
        Handling::Immediate => {
            if let Some(p) = tl.promised.filter(|p| p.amount > 0) {
                s.push(
                    "PL003",
                    "time_limits.promised",
                    format!("即办件不应设承诺时限（现为{}）", p.zh()),
                    format!("an on-the-spot item has a promised limit of {}", p.en()),
                );
            }
        }
        Handling::Promised => {
            if tl.promised.is_none_or(|p| p.amount == 0) {
                s.push(
                    "PL004",
                    "time_limits.promised",
                    "承诺件未设承诺办结时限".into(),
                    "an item handled within a promised period has no promised limit".into(),
                );
            }
        }
    }
}

/// PL005–PL006: a fee and its basis.
fn fee_checks(item: &PowerItem, s: &mut Sink<'_>) {
    // PL005 / PL006: fee and fee basis.
    let fee = &item.fee;
    if fee.charged && fee.basis.is_empty() {
        s.push(
            "PL005",
            "fee.basis",
            "收费事项未列收费依据".into(),
            "a fee is charged but no fee basis is given".into(),
        );
    }
    if !fee.charged && (!fee.basis.is_empty() || fee.amount_fen.is_some_and(|a| a > 0)) {
        s.push(
            "PL006",
            "fee",
            "事项标为不收费，却列有收费依据或金额".into(),
            "the item charges nothing but lists a fee basis or amount".into(),
        );
    }
}

/// The eight disclosures an item lacks, as (zh, en).
pub fn missing_eight(item: &PowerItem) -> Vec<(&'static str, &'static str)> {
    let mut m = Vec::new();
    let tl = &item.time_limits;
    if item.name.trim().is_empty() {
        m.push(("事项名称", "name"));
    }
    if item.legal_bases.is_empty() {
        m.push(("设立依据", "basis"));
    }
    if item.process.steps.is_empty() {
        m.push(("办理流程", "process"));
    }
    if item.materials.is_empty() {
        m.push(("申报材料", "materials"));
    }
    if tl.statutory.is_none() {
        m.push(("法定办结时限", "statutory limit"));
    }
    if item.handling == Handling::Promised && tl.promised.is_none() {
        m.push(("承诺办结时限", "promised limit"));
    }
    if item.fee.charged
        && item
            .fee
            .standard
            .as_deref()
            .is_none_or(|t| t.trim().is_empty())
    {
        m.push(("收费标准", "fee standard"));
    }
    if item.fee.charged && item.fee.basis.is_empty() {
        m.push(("收费依据", "fee basis"));
    }
    m
}

fn penalty_checks(item: &PowerItem, s: &mut Sink<'_>) {
    let steps = &item.process.steps;
    let has = |k: StepKind| steps.iter().any(|st| st.kind == k);
    if !has(StepKind::PriorNotice) {
        s.push(
            "PL008",
            "process.steps",
            "行政处罚流程缺少事先告知（拟处罚内容及陈述、申辩权利）环节".into(),
            "the penalty process has no prior-notice step (intended penalty, right of statement and defence)".into(),
        );
    }
    let needs_hearing = item
        .penalty
        .as_ref()
        .is_some_and(|p| p.needs_hearing_notice());
    let hearing_notified = has(StepKind::HearingNotice)
        || steps
            .iter()
            .any(|st| st.kind == StepKind::PriorNotice && st.hearing_notice);
    if needs_hearing && !hearing_notified {
        s.push(
            "PL009",
            "process.steps",
            "该处罚种类依《行政处罚法》第六十三条须告知听证权利，流程缺少听证告知环节".into(),
            "the penalty kinds require a hearing notice (Administrative Penalty Law Art. 63) but the process has none".into(),
        );
    }
    if item.remedies.is_empty() {
        s.push(
            "PL010",
            "remedies",
            "行政处罚事项未列明行政复议、行政诉讼途径".into(),
            "the penalty item names no reconsideration or litigation remedy".into(),
        );
    }
}

/// Checks a list and returns only the findings of rule `id` (handy in tests and tools).
pub fn findings_of<'a>(report: &'a Report, id: &str) -> impl Iterator<Item = &'a Finding> {
    let id = id.to_owned();
    report.findings.iter().filter(move |f| f.rule == id)
}
