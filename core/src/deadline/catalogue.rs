//! The catalogue of named statutory periods, as data (`data/periods.json`), overridable by a
//! jurisdiction.

use super::error::{CatalogueProblem, DeadlineError};
use super::period::{Overridden, PeriodRule, Term};
use crate::Citation;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The embedded national catalogue.
pub const EMBEDDED_PERIODS: &str = include_str!("../../data/periods.json");

/// A set of period rules, looked up by id.
///
/// ```
/// use minzheng::deadline::{Catalogue, Period};
/// let cat = Catalogue::national();
/// let rule = cat.get("disclosure.reply").unwrap();
/// assert_eq!(rule.period(), Some(Period::working_days(20)));
/// assert_eq!(rule.basis.article, "第三十三条第二款");
/// assert!(cat.get("disclosure.replly").unwrap_err().to_string().contains("disclosure.reply"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Catalogue {
    /// The jurisdiction whose overrides are applied, if any.
    pub jurisdiction: Option<String>,
    rules: Vec<PeriodRule>,
}

#[derive(Deserialize)]
struct CatalogueFile {
    #[serde(default)]
    rules: Vec<PeriodRule>,
}

/// A jurisdiction's overrides: shorter local limits, and local rules of its own.
///
/// ```json
/// {"jurisdiction": "郑州市",
///  "overrides": [{"id": "dibao.total", "period": {"amount": 25, "unit": "working_days"},
///                 "basis": {"instrument": "...", "article": "...", "confidence": "v2"}}],
///  "additions": []}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overrides {
    /// The jurisdiction's name.
    pub jurisdiction: String,
    /// Replacements of national periods.
    #[serde(default)]
    pub overrides: Vec<Override>,
    /// New rules of the jurisdiction (their ids must not clash with national ones).
    #[serde(default)]
    pub additions: Vec<PeriodRule>,
}

/// One replacement of a national period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Override {
    /// The national rule's id.
    pub id: String,
    /// The local term.
    #[serde(flatten)]
    pub term: Term,
    /// The local basis.
    pub basis: Citation,
    /// A note.
    #[serde(default)]
    pub note: Option<String>,
}

impl Catalogue {
    /// The national catalogue embedded in the library.
    ///
    /// Validated by the test suite; should it ever fail to load, the result is empty and every
    /// lookup an [`DeadlineError::UnknownPeriod`], never a wrong period.
    pub fn national() -> Catalogue {
        match Catalogue::from_json(EMBEDDED_PERIODS) {
            Ok(c) => c,
            Err(e) => {
                debug_assert!(false, "embedded period catalogue invalid: {e}");
                Catalogue {
                    jurisdiction: None,
                    rules: Vec::new(),
                }
            }
        }
    }

    /// A catalogue from a file in the embedded format (`{"rules": [...]}`), validated.
    pub fn from_json(json: &str) -> Result<Catalogue, DeadlineError> {
        let file: CatalogueFile =
            crate::json::from_str(json).map_err(|e| DeadlineError::InvalidCatalogue {
                problems: vec![CatalogueProblem::Json {
                    message: e.to_string(),
                }],
            })?;
        let mut rules = file.rules;
        rules.sort_by(|a, b| a.id.cmp(&b.id));
        let cat = Catalogue {
            jurisdiction: None,
            rules,
        };
        let problems = cat.problems();
        if problems.is_empty() {
            Ok(cat)
        } else {
            Err(DeadlineError::InvalidCatalogue { problems })
        }
    }

    /// Every rule, ordered by id.
    pub fn rules(&self) -> &[PeriodRule] {
        &self.rules
    }

    /// The rule with this id; an unknown id is an error that suggests near ids.
    pub fn get(&self, id: &str) -> Result<&PeriodRule, DeadlineError> {
        match self.rules.binary_search_by(|r| r.id.as_str().cmp(id)) {
            Ok(i) => self.rules.get(i).ok_or_else(|| self.unknown(id)),
            Err(_) => Err(self.unknown(id)),
        }
    }

    fn unknown(&self, id: &str) -> DeadlineError {
        let mut scored: Vec<(usize, &str)> = self
            .rules
            .iter()
            .map(|r| (edit_distance(id, &r.id), r.id.as_str()))
            .filter(|(d, rid)| *d <= 3 || rid.starts_with(id) || rid.contains(id))
            .collect();
        scored.sort();
        DeadlineError::UnknownPeriod {
            id: id.to_owned(),
            suggestions: scored
                .into_iter()
                .take(3)
                .map(|(_, s)| s.to_owned())
                .collect(),
        }
    }

    /// Applies a jurisdiction's overrides (JSON, see [`Overrides`]).
    pub fn with_overrides_json(&self, json: &str) -> Result<Catalogue, DeadlineError> {
        let o: Overrides =
            crate::json::from_str(json).map_err(|e| DeadlineError::InvalidCatalogue {
                problems: vec![CatalogueProblem::Json {
                    message: e.to_string(),
                }],
            })?;
        self.with_overrides(&o)
    }

    /// Applies a jurisdiction's overrides. A local rule may shorten a national period, never
    /// lengthen it or change its unit (local rules cannot take time from applicants that the
    /// national rule gives them); every problem is reported at once.
    pub fn with_overrides(&self, o: &Overrides) -> Result<Catalogue, DeadlineError> {
        let mut problems = Vec::new();
        let mut next = self.clone();
        if o.jurisdiction.trim().is_empty() {
            problems.push(CatalogueProblem::MissingJurisdiction);
        }
        let mut seen: Vec<&str> = Vec::new();
        for ov in &o.overrides {
            // Two overrides of one id in one file: which one applies would be a silent choice.
            if seen.contains(&ov.id.as_str()) {
                problems.push(CatalogueProblem::DuplicateId { id: ov.id.clone() });
                continue;
            }
            seen.push(&ov.id);
            let Some(rule) = next.rules.iter_mut().find(|r| r.id == ov.id) else {
                problems.push(CatalogueProblem::UnknownOverride { id: ov.id.clone() });
                continue;
            };
            match (rule.term, ov.term) {
                (Term::Period(n), Term::Period(l)) if n.unit == l.unit => {
                    if l.amount > n.amount {
                        problems.push(CatalogueProblem::OverrideLonger {
                            id: ov.id.clone(),
                            national: n.amount,
                            local: l.amount,
                        });
                    }
                }
                (Term::AnnualDate(n), Term::AnnualDate(l)) => {
                    if (l.month, l.day) > (n.month, n.day) {
                        problems.push(CatalogueProblem::OverrideLonger {
                            id: ov.id.clone(),
                            national: n.month * 100 + n.day,
                            local: l.month * 100 + l.day,
                        });
                    }
                }
                _ => problems.push(CatalogueProblem::OverrideUnitChanged { id: ov.id.clone() }),
            }
            let national = rule
                .overridden
                .as_ref()
                .map(|x| x.national)
                .unwrap_or(rule.term);
            let national_basis = rule
                .overridden
                .as_ref()
                .map(|x| x.national_basis.clone())
                .unwrap_or_else(|| rule.basis.clone());
            rule.term = ov.term;
            rule.basis = ov.basis.clone();
            if ov.note.is_some() {
                rule.note.clone_from(&ov.note);
            }
            rule.overridden = Some(Overridden {
                jurisdiction: o.jurisdiction.clone(),
                national,
                national_basis,
            });
        }
        for add in &o.additions {
            if next.rules.iter().any(|r| r.id == add.id) {
                problems.push(CatalogueProblem::DuplicateId { id: add.id.clone() });
                continue;
            }
            next.rules.push(add.clone());
        }
        next.rules.sort_by(|a, b| a.id.cmp(&b.id));
        next.jurisdiction = Some(o.jurisdiction.clone());
        problems.extend(next.problems());
        if problems.is_empty() {
            Ok(next)
        } else {
            Err(DeadlineError::InvalidCatalogue { problems })
        }
    }

    /// Structural problems: duplicate ids, zero amounts, impossible dates, dangling or
    /// inconsistent extension links, empty citations.
    fn problems(&self) -> Vec<CatalogueProblem> {
        let mut out = Vec::new();
        let mut prev: Option<&str> = None;
        for r in &self.rules {
            if prev == Some(r.id.as_str()) {
                out.push(CatalogueProblem::DuplicateId { id: r.id.clone() });
            }
            prev = Some(&r.id);
            if r.id.trim().is_empty() || r.name.trim().is_empty() {
                out.push(CatalogueProblem::MissingName { id: r.id.clone() });
            }
            if r.basis.instrument.trim().is_empty() {
                out.push(CatalogueProblem::MissingBasis { id: r.id.clone() });
            }
            match r.term {
                Term::Period(p) if p.amount == 0 => {
                    out.push(CatalogueProblem::ZeroAmount { id: r.id.clone() })
                }
                Term::AnnualDate(a) if NaiveDate::from_ymd_opt(2001, a.month, a.day).is_none() => {
                    out.push(CatalogueProblem::BadAnnualDate { id: r.id.clone() })
                }
                _ => {}
            }
            if let Some(ext) = &r.extension {
                let target = self.rules.iter().find(|x| &x.id == ext);
                match target {
                    None => out.push(CatalogueProblem::DanglingExtension {
                        id: r.id.clone(),
                        target: ext.clone(),
                    }),
                    Some(t) if t.extension_of.as_deref() != Some(r.id.as_str()) => {
                        out.push(CatalogueProblem::DanglingExtension {
                            id: r.id.clone(),
                            target: ext.clone(),
                        })
                    }
                    Some(t) if t.period().is_none() || r.period().is_none() => {
                        out.push(CatalogueProblem::DanglingExtension {
                            id: r.id.clone(),
                            target: ext.clone(),
                        })
                    }
                    Some(_) => {}
                }
            }
        }
        out
    }
}

/// Levenshtein distance over chars, for "did you mean" suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = i;
        let mut left = i + 1;
        let mut next = Vec::with_capacity(row.len());
        next.push(left);
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX - 1);
            let cost = usize::from(ca != *cb);
            let v = (diag + cost).min(up + 1).min(left + 1);
            next.push(v);
            diag = up;
            left = v;
        }
        row = next;
    }
    row.last().copied().unwrap_or(0)
}
