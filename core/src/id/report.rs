//! One check of a value typed into a form: which kind it is, whether it is valid and why not,
//! what it says (division name, birth date, age, sex, department and category), and what is
//! worth a second look without being a reason to refuse it (warnings).

use super::classify::{classify_with, Classified};
use super::credit::department_name;
use super::normalise::{normalise, Remark};
use super::{age_on, CreditCode, Holder, IdError, IdKind, Identifier, ResidentId, Sex};
use crate::division::default_table;
use crate::division::{Division, DivisionTable};
use crate::errors::Coded;
use chrono::NaiveDate;
use serde::Serialize;

/// A refusal, with its stable code and the reason in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    /// Registry name (`id.bad_birth_date`).
    pub code: &'static str,
    /// Registry number (3004).
    pub number: u32,
    /// The reason in Chinese (no identity number in clear).
    pub zh: String,
    /// The reason in English (no identity number in clear).
    pub en: String,
    /// The typed error.
    #[serde(skip)]
    pub error: IdError,
}

impl From<IdError> for Refusal {
    fn from(error: IdError) -> Self {
        Refusal {
            code: error.error_code().name(),
            number: error.number(),
            zh: error.zh(),
            en: error.en(),
            error,
        }
    }
}

/// What a resident identity number says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ResidentFacts {
    /// The address code (positions 1–6): where the number was first issued.
    pub division_code: String,
    /// What the division lists say of it; `None` when no list holds it (a warning says so).
    pub division: Option<Division>,
    /// The birth date.
    pub birth_date: NaiveDate,
    /// Age in whole years on the `today` given.
    pub age: u32,
    /// Sex from the sequence code.
    pub sex: Sex,
    /// Given in the 15-digit form and converted.
    pub converted_from_15: bool,
    /// Whose document: a mainland resident's, or a Hong Kong, Macao or Taiwan resident's permit.
    pub holder: Holder,
}

/// What a unified social credit code says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CreditFacts {
    /// Position 1.
    pub department: char,
    /// Its name, `None` when not in the table (a warning says so).
    pub department_name: Option<&'static str>,
    /// Position 2.
    pub category: char,
    /// Its name, `None` when not in the department's table (a warning says so).
    pub category_name: Option<&'static str>,
    /// Positions 3–8: the registering authority's division.
    pub division_code: String,
    /// What the division lists say of it.
    pub division: Option<Division>,
    /// Positions 9–17.
    pub organisation_code: String,
    /// Whether positions 9–17 pass their own GB 11714 check.
    pub organisation_code_checks: bool,
    /// Registered by civil affairs (department 5).
    pub civil_affairs: bool,
}

/// The result of [`check`]: everything a form shows about one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IdReport {
    /// The kind the value was read as.
    pub kind: IdKind,
    /// Every kind it could be, `kind` first; more than one means "could be either".
    pub could_be: Vec<IdKind>,
    /// `true` when valid as `kind`.
    pub valid: bool,
    /// The value for display, masked (first six and last four characters).
    pub masked: String,
    /// The number as the standard writes it (normalised; 18 digits for a 15-digit resident
    /// number), when valid. Personal data: show [`masked`](Self::masked) in logs.
    pub number: Option<String>,
    /// Why it is refused, when it is.
    pub error: Option<Refusal>,
    /// What was normalised or is worth knowing (not a problem).
    pub notes: Vec<Remark>,
    /// What deserves a second look but is no reason to refuse the value.
    pub warnings: Vec<Remark>,
    /// Resident number facts, when valid as one.
    pub resident: Option<ResidentFacts>,
    /// Credit code facts, when valid as one.
    pub credit: Option<CreditFacts>,
}

/// Checks a value typed into a form against the embedded division table (with the
/// `divisions` feature; without it, division codes are not looked up). `today` bounds a birth
/// date and gives the age.
///
/// ```
/// use minzheng::id::{check, IdKind};
/// use chrono::NaiveDate;
/// let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
/// let r = check("１１０１０５１９４９１２３１００２ｘ", today);
/// assert!(r.valid);
/// assert_eq!(r.kind, IdKind::Resident);
/// let facts = r.resident.as_ref().unwrap();
/// assert_eq!(facts.age, 76);
/// # #[cfg(feature = "divisions")]
/// assert_eq!(facts.division.as_ref().unwrap().full_name, "北京市 朝阳区");
/// assert_eq!(r.notes.len(), 2); // full-width read as ASCII, x read as X
///
/// let bad = check("11010519491331002X", today);
/// assert!(!bad.valid);
/// assert_eq!(bad.kind, IdKind::Resident);
/// assert_eq!(bad.error.unwrap().code, "id.bad_birth_date");
/// ```
pub fn check(text: &str, today: NaiveDate) -> IdReport {
    check_with(text, today, default_table())
}

/// [`check`] against a division table of the caller's choice (`None`: no lookups).
pub fn check_with(text: &str, today: NaiveDate, divisions: Option<&DivisionTable>) -> IdReport {
    let n = normalise(text);
    let Classified {
        kind,
        result,
        could_be,
        ..
    } = classify_with(&n.text, Some(today), divisions);
    let mut report = IdReport {
        kind,
        could_be,
        valid: result.is_ok(),
        masked: super::mask(&n.text),
        number: None,
        error: None,
        notes: n.remarks(),
        warnings: Vec::new(),
        resident: None,
        credit: None,
    };
    if report.could_be.len() > 1 {
        let names: Vec<IdKind> = report.could_be.clone();
        report.warnings.push(Remark::new(
            "id.could_be_either",
            format!(
                "无法确定号码类型：可能是{}",
                names.iter().map(|k| k.zh()).collect::<Vec<_>>().join("或")
            ),
            format!(
                "the kind cannot be decided: it could be a {}",
                names
                    .iter()
                    .map(|k| k.en())
                    .collect::<Vec<_>>()
                    .join(" or a ")
            ),
        ));
    }
    match result {
        Err(e) => report.error = Some(e.into()),
        Ok(Identifier::Resident(id)) => resident_facts(&mut report, &id, today, divisions),
        Ok(Identifier::Credit(c)) => credit_facts(&mut report, &c, divisions),
        Ok(Identifier::ForeignPermanent(f)) => report.number = Some(f.number().to_owned()),
    }
    report
}

fn not_listed(code: &str, table: &DivisionTable, what_zh: &str, what_en: &str) -> Remark {
    crate::division::not_listed(code, table, "id.division_not_listed", what_zh, what_en)
}

fn division_note(d: &Division) -> Option<Remark> {
    crate::division::not_current(d, "id.division_not_current")
}

fn resident_facts(
    report: &mut IdReport,
    id: &ResidentId,
    today: NaiveDate,
    divisions: Option<&DivisionTable>,
) {
    let code = id.division_code();
    let holder = id.holder();
    let division = divisions.and_then(|t| t.lookup(code));
    if let (None, Some(t), Holder::Mainland) = (&division, divisions, holder) {
        report
            .warnings
            .push(not_listed(code, t, "地址码", "the address code"));
    }
    report
        .notes
        .extend(division.as_ref().and_then(division_note));
    if id.converted_from_15() {
        report.notes.push(Remark::new(
            "id.converted_from_15",
            "15 位旧号码已升为 18 位（出生年份前补 19，补算校验码）",
            "the 15-digit number was converted to 18 digits (19 before the year, check character added)",
        ));
    }
    if holder != Holder::Mainland {
        report.notes.push(Remark::new(
            "id.residence_permit",
            format!("{}号码", holder.zh()),
            format!("the number of a {}", holder.en()),
        ));
    }
    report.masked = id.masked();
    report.number = Some(id.number().to_owned());
    report.resident = Some(ResidentFacts {
        division_code: code.to_owned(),
        division,
        birth_date: id.birth_date(),
        age: age_on(id.birth_date(), today).unwrap_or(0),
        sex: id.sex(),
        converted_from_15: id.converted_from_15(),
        holder,
    });
}

fn credit_facts(report: &mut IdReport, c: &CreditCode, divisions: Option<&DivisionTable>) {
    let code = c.division_code();
    let division = divisions.and_then(|t| t.lookup(code));
    if department_name(c.department()).is_none() {
        report.warnings.push(Remark::new(
            "id.credit_unknown_department",
            format!(
                "第 1 位登记管理部门代码“{}”不在 GB 32100 的代码表中",
                c.department()
            ),
            format!(
                "the registering department '{}' (position 1) is not in the GB 32100 table",
                c.department()
            ),
        ));
    } else if c.category_name().is_none() {
        report.warnings.push(Remark::new(
            "id.credit_unknown_category",
            format!(
                "第 2 位机构类别代码“{}”不在该登记管理部门的类别表中",
                c.category()
            ),
            format!(
                "the category '{}' (position 2) is not in the department's table",
                c.category()
            ),
        ));
    }
    if let (None, Some(t)) = (&division, divisions) {
        report.warnings.push(not_listed(
            code,
            t,
            "第 3–8 位登记管理机关行政区划码",
            "the registering authority's division code (positions 3–8)",
        ));
    }
    report
        .notes
        .extend(division.as_ref().and_then(division_note));
    if !c.organisation_code_checks() {
        let org = c.organisation_code();
        let expected = super::organisation_check_char(org.get(0..8).unwrap_or(""));
        report.warnings.push(Remark::new(
            "id.organisation_code_check",
            match expected {
                Some(e) => format!("第 9–17 位组织机构代码的校验码（第 17 位）按 GB 11714 应为“{e}”；早期赋码可能不符，不据此判定无效"),
                None => "第 9–17 位不是 GB 11714 组织机构代码的格式；早期赋码可能如此，不据此判定无效".to_owned(),
            },
            match expected {
                Some(e) => format!("the organisation code's check character (position 17) should be '{e}' by GB 11714; early codes may differ, not a reason to refuse"),
                None => "positions 9–17 are not a GB 11714 organisation code; early codes may be so, not a reason to refuse".to_owned(),
            },
        ));
    }
    report.number = Some(c.code().to_owned());
    report.credit = Some(CreditFacts {
        department: c.department(),
        department_name: c.department_name(),
        category: c.category(),
        category_name: c.category_name(),
        division_code: code.to_owned(),
        division,
        organisation_code: c.organisation_code().to_owned(),
        organisation_code_checks: c.organisation_code_checks(),
        civil_affairs: c.is_civil_affairs(),
    });
}
