//! Counts of a cross-check run that add up across threads and files.

use super::change::ChangeKind;
use super::record::Department;
use super::Recheck;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Counts by change, by department and by error code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecheckSummary {
    /// Households read.
    pub households: u64,
    /// Households with at least one matched record.
    pub households_with_records: u64,
    /// Households by their most serious change (`continue`, `stop`, ...).
    pub by_primary_change: BTreeMap<String, u64>,
    /// Households with a change of each kind (a household may count under several).
    pub with_change: BTreeMap<String, u64>,
    /// Households that could not be re-checked, by error code.
    pub invalid_households: BTreeMap<String, u64>,
    /// Members without an identity number (not checked).
    pub unverifiable_members: u64,
    /// Sum of the monthly 低保 amounts before the check, fen.
    pub amount_before_fen: i64,
    /// Sum after the check, fen (households proposed for a stop count 0).
    pub amount_after_fen: i64,
    /// Records matched to a member, by department.
    pub records_matched: BTreeMap<String, u64>,
    /// Records with a valid identity number of no member being checked, by dataset.
    pub records_not_recipient: BTreeMap<String, u64>,
    /// Records that could not be read or whose identity number is invalid, by error code.
    pub records_rejected: BTreeMap<String, u64>,
}

fn bump(m: &mut BTreeMap<String, u64>, k: &str, by: u64) {
    if let Some(v) = m.get_mut(k) {
        *v += by;
    } else {
        m.insert(k.to_owned(), by);
    }
}

impl RecheckSummary {
    /// Counts one re-checked household.
    pub fn add(&mut self, r: &Recheck) {
        self.households += 1;
        if !r.records.is_empty() {
            self.households_with_records += 1;
        }
        bump(&mut self.by_primary_change, r.primary().as_str(), 1);
        for k in ChangeKind::BY_SEVERITY {
            if r.has(k) {
                bump(&mut self.with_change, k.as_str(), 1);
            }
        }
        self.unverifiable_members += r.unverifiable_members.len() as u64;
        if r.before.paid() {
            self.amount_before_fen = self
                .amount_before_fen
                .saturating_add(r.before.amount_fen.unwrap_or(0));
        }
        if r.after.paid() {
            self.amount_after_fen = self
                .amount_after_fen
                .saturating_add(r.after.amount_fen.unwrap_or(0));
        }
    }

    /// Counts a household that could not be re-checked.
    pub fn add_invalid(&mut self, code: &str) {
        self.households += 1;
        bump(&mut self.invalid_households, code, 1);
    }

    /// Counts a matched record.
    pub fn add_matched(&mut self, d: Department) {
        bump(&mut self.records_matched, d.as_str(), 1);
    }

    /// Counts a record of no member, under its dataset's name.
    pub fn add_not_recipient(&mut self, dataset: &str) {
        bump(&mut self.records_not_recipient, dataset, 1);
    }

    /// Counts a rejected record by error code.
    pub fn add_rejected(&mut self, code: &str) {
        bump(&mut self.records_rejected, code, 1);
    }

    /// Adds another summary.
    pub fn merge(&mut self, o: &RecheckSummary) {
        self.households += o.households;
        self.households_with_records += o.households_with_records;
        self.unverifiable_members += o.unverifiable_members;
        self.amount_before_fen = self.amount_before_fen.saturating_add(o.amount_before_fen);
        self.amount_after_fen = self.amount_after_fen.saturating_add(o.amount_after_fen);
        for (mine, theirs) in [
            (&mut self.by_primary_change, &o.by_primary_change),
            (&mut self.with_change, &o.with_change),
            (&mut self.invalid_households, &o.invalid_households),
            (&mut self.records_matched, &o.records_matched),
            (&mut self.records_not_recipient, &o.records_not_recipient),
            (&mut self.records_rejected, &o.records_rejected),
        ] {
            for (k, v) in theirs {
                bump(mine, k, *v);
            }
        }
    }

    /// The summary as rows of (bilingual label, value), in reading order; laying them out
    /// (e.g. as a terminal table) is the caller's.
    pub fn rows(&self) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = vec![
            ("户数 / households".into(), self.households.to_string()),
            (
                "有核对记录 / with matched records".into(),
                self.households_with_records.to_string(),
            ),
        ];
        for k in ChangeKind::BY_SEVERITY {
            rows.push((
                format!("{} / {}", k.as_zh(), k.as_str()),
                self.by_primary_change
                    .get(k.as_str())
                    .copied()
                    .unwrap_or(0)
                    .to_string(),
            ));
        }
        for (k, v) in &self.invalid_households {
            rows.push((
                format!("无法核对的家庭 / invalid household: {k}"),
                v.to_string(),
            ));
        }
        rows.push((
            "无身份证号成员 / members without ID".into(),
            self.unverifiable_members.to_string(),
        ));
        rows.push((
            "月保障金（前） / monthly amount before".into(),
            crate::eligibility::yuan(self.amount_before_fen),
        ));
        rows.push((
            "月保障金（后） / monthly amount after".into(),
            crate::eligibility::yuan(self.amount_after_fen),
        ));
        for d in Department::ALL {
            if let Some(v) = self.records_matched.get(d.as_str()) {
                rows.push((format!("匹配记录 / matched: {}", d.as_zh()), v.to_string()));
            }
        }
        for (k, v) in &self.records_not_recipient {
            rows.push((
                format!("非保障对象记录 / not a recipient: {k}"),
                v.to_string(),
            ));
        }
        for (k, v) in &self.records_rejected {
            rows.push((format!("无效记录 / rejected record: {k}"), v.to_string()));
        }
        rows
    }
}
