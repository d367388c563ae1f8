//! One vocabulary for errors: stable codes and numbers, messages in Chinese and in English.
//!
//! Every error and every validation problem of every domain implements [`Coded`]:
//!
//! - [`Coded::error_code`] gives its [`ErrorCode`], whose [`number`](ErrorCode::number) is the
//!   stable number the C, Java and JavaScript faces expose (0 is never an error) and whose
//!   [`name`](ErrorCode::name) is the stable string (`calendar.year_not_covered`, ...);
//! - [`Coded::zh`] and [`Coded::en`] give the message in one language, so that a form can show
//!   one language; `Display` gives both, `中文 / English`, as the command line prints them.
//!
//! The registry is the single place numbers are allocated, in a range per [`Domain`]; the
//! generated table `ERRORS.md` at the repository root lists them all, and the test suite fails
//! when it is stale or when a released number disappears or changes its name
//! (`core/data/error-codes.released`).
//!
//! Messages never hold an identity number in clear: an error that needs to name one shows the
//! masked form (`ResidentId::masked`), so errors can be logged.
//!
//! ```
//! use minzheng::calendar::Calendar;
//! use minzheng::errors::{Coded, ErrorCode};
//! use chrono::NaiveDate;
//!
//! let calendar = Calendar::china();
//! let err = calendar.is_workday(NaiveDate::from_ymd_opt(2199, 1, 5).unwrap()).unwrap_err();
//! assert_eq!(err.error_code(), ErrorCode::CalendarYearNotCovered);
//! assert_eq!(err.number(), 1001);
//! assert_eq!(err.error_code().name(), "calendar.year_not_covered");
//! assert!(err.zh().starts_with("2199 年的放假安排通知尚未载入"));
//! assert!(err.en().starts_with("no holiday arrangement is loaded for 2199"));
//! assert_eq!(err.to_string(), format!("{} / {}", err.zh(), err.en()));
//! ```

mod registry;

pub use registry::ErrorCode;

/// An error or problem with a stable code and a message in each language.
///
/// Implementors write [`message_zh`](Coded::message_zh) and [`message_en`](Coded::message_en);
/// callers use [`zh`](Coded::zh) and [`en`](Coded::en), which mask every identity number in
/// the text ([`redact_ids`]) so that no message, whatever value it quotes, holds one in clear.
pub trait Coded {
    /// The registry entry: stable number and name.
    fn error_code(&self) -> ErrorCode;
    /// The message in Chinese, as written by the implementor (use [`zh`](Coded::zh)).
    fn message_zh(&self) -> String;
    /// The message in English, as written by the implementor (use [`en`](Coded::en)).
    fn message_en(&self) -> String;
    /// The message in Chinese, identity numbers masked.
    fn zh(&self) -> String {
        redact_ids(&self.message_zh())
    }
    /// The message in English, identity numbers masked.
    fn en(&self) -> String {
        redact_ids(&self.message_en())
    }
    /// The stable number ([`ErrorCode::number`]).
    fn number(&self) -> u32 {
        self.error_code().number()
    }
    /// Both messages on one line, `中文 / English` (what `Display` prints).
    fn bilingual(&self) -> String {
        format!("{} / {}", self.zh(), self.en())
    }
}

/// Masks every resident identity number in a text: a run of 18 characters (17 digits and a
/// digit or `X`) or of 15 digits, not part of a longer run of letters and digits, keeps its
/// first six and last four characters (`110105********002X`). Unified social credit codes are
/// not personal data and are left as they are (their 18 characters are not 17 digits and a check).
///
/// ```
/// use minzheng::errors::redact_ids;
/// assert_eq!(
///     redact_ids("invalid type: string \"11010519491231002X\", expected i64"),
///     "invalid type: string \"110105********002X\", expected i64"
/// );
/// assert_eq!(redact_ids("号码 110105491231002 有误"), "号码 110105*****1002 有误");
/// assert_eq!(redact_ids("金额 1234567890123456789 分"), "金额 1234567890123456789 分");
/// ```
pub fn redact_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let b = run.as_bytes();
        let id18 = b.len() == 18
            && b.iter().take(17).all(u8::is_ascii_digit)
            && b.last()
                .is_some_and(|c| c.is_ascii_digit() || *c == b'X' || *c == b'x');
        let id15 = b.len() == 15 && b.iter().all(u8::is_ascii_digit);
        if id18 || id15 {
            out.push_str(&crate::id::mask(run));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The domains, each with its range of numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Domain {
    /// Errors of the bindings themselves (NULL pointers, UTF-8, buffers): 1–99.
    General,
    /// Values typed into a form or a file (dates): 100–999.
    Input,
    /// The working-day calendar: 1000–1099.
    Calendar,
    /// Problems in calendar data files and overlays: 1100–1999.
    CalendarData,
    /// The deadline engine: 2000–2099.
    Deadline,
    /// Problems in a period catalogue or a jurisdiction's overrides: 2100–2999.
    PeriodCatalogue,
    /// Identifiers: 3000–3999.
    Id,
    /// Power lists: 4000–4999.
    Power,
    /// Table import and export: 5000–5999.
    Tables,
    /// Government information disclosure: 6000–6999.
    Disclosure,
    /// Service-window cases: 7000–7999.
    Window,
    /// Eligibility: 8000–8099.
    Eligibility,
    /// Problems in a household: 8100–8199.
    Household,
    /// Problems in a policy profile: 8200–8999.
    Profile,
    /// Departmental records of the cross-check: 9000–9999.
    Crosscheck,
    /// Case event logs (disclosure requests, window cases): 10000–10999.
    Eventlog,
}

impl Domain {
    /// Every domain, in number order.
    pub const ALL: &'static [Domain] = &[
        Domain::General,
        Domain::Input,
        Domain::Calendar,
        Domain::CalendarData,
        Domain::Deadline,
        Domain::PeriodCatalogue,
        Domain::Id,
        Domain::Power,
        Domain::Tables,
        Domain::Disclosure,
        Domain::Window,
        Domain::Eligibility,
        Domain::Household,
        Domain::Profile,
        Domain::Crosscheck,
        Domain::Eventlog,
    ];

    /// The numbers this domain may allocate (inclusive).
    pub fn range(self) -> (u32, u32) {
        match self {
            Domain::General => (1, 99),
            Domain::Input => (100, 999),
            Domain::Calendar => (1000, 1099),
            Domain::CalendarData => (1100, 1999),
            Domain::Deadline => (2000, 2099),
            Domain::PeriodCatalogue => (2100, 2999),
            Domain::Id => (3000, 3999),
            Domain::Power => (4000, 4999),
            Domain::Tables => (5000, 5999),
            Domain::Disclosure => (6000, 6999),
            Domain::Window => (7000, 7999),
            Domain::Eligibility => (8000, 8099),
            Domain::Household => (8100, 8199),
            Domain::Profile => (8200, 8999),
            Domain::Crosscheck => (9000, 9999),
            Domain::Eventlog => (10000, 10999),
        }
    }

    /// The stable name, the first part of every code's name (`calendar`, `household`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Domain::General => "general",
            Domain::Input => "input",
            Domain::Calendar => "calendar",
            Domain::CalendarData => "calendar_data",
            Domain::Deadline => "deadline",
            Domain::PeriodCatalogue => "period_catalogue",
            Domain::Id => "id",
            Domain::Power => "power",
            Domain::Tables => "tables",
            Domain::Disclosure => "disclosure",
            Domain::Window => "window",
            Domain::Eligibility => "eligibility",
            Domain::Household => "household",
            Domain::Profile => "profile",
            Domain::Crosscheck => "crosscheck",
            Domain::Eventlog => "eventlog",
        }
    }
}

impl ErrorCode {
    /// The stable number (never 0).
    pub fn number(self) -> u32 {
        self.entry().0
    }

    /// The domain whose range holds the number.
    pub fn domain(self) -> Domain {
        self.entry().1
    }

    /// The stable name, `domain.code` (`calendar.year_not_covered`).
    pub fn name(self) -> &'static str {
        self.entry().2
    }

    /// What the code means, in Chinese (`…` where a message fills in a value).
    pub fn meaning_zh(self) -> &'static str {
        self.entry().3
    }

    /// What the code means, in English (`…` where a message fills in a value).
    pub fn meaning_en(self) -> &'static str {
        self.entry().4
    }

    /// Whether the code is retired: no longer produced, its number never given again.
    pub fn is_retired(self) -> bool {
        false
    }

    /// The code with this number, if there is one.
    pub fn from_number(number: u32) -> Option<ErrorCode> {
        ErrorCode::ALL
            .binary_search_by_key(&number, |c| c.number())
            .ok()
            .and_then(|i| ErrorCode::ALL.get(i).copied())
    }

    /// The code with this name, if there is one.
    pub fn from_name(name: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.iter().copied().find(|c| c.name() == name)
    }

    /// The table of every code as Markdown: the committed `ERRORS.md` is this text.
    pub fn markdown_table() -> String {
        let mut out = String::from(
            "# Error codes\n\n\
             Generated from `core/src/errors/registry.rs` (`ErrorCode::markdown_table`); do not edit by\n\
             hand. The test suite fails when this file is stale (`MINZHENG_BLESS=1 cargo test -p minzheng\n\
             --test error_codes` rewrites it). Numbers are stable: the C, Java and JavaScript faces\n\
             expose exactly these, 0 means success, and a number is never reused or renumbered once\n\
             released; a code no longer produced stays listed as retired.\n\n\
             | domain | range |\n|---|---|\n",
        );
        for d in Domain::ALL {
            let (lo, hi) = d.range();
            out.push_str(&format!("| `{}` | {lo}–{hi} |\n", d.as_str()));
        }
        out.push_str(
            "\n| number | name | meaning (中文) | meaning (English) |\n|---:|---|---|---|\n",
        );
        for c in ErrorCode::ALL {
            let retired = if c.is_retired() { " (retired)" } else { "" };
            out.push_str(&format!(
                "| {} | `{}`{retired} | {} | {} |\n",
                c.number(),
                c.name(),
                escape_cell(c.meaning_zh()),
                escape_cell(c.meaning_en())
            ));
        }
        out
    }
}

fn escape_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The Chinese messages of a list of problems, joined with `；`.
pub(crate) fn join_zh<T: Coded>(items: &[T]) -> String {
    items.iter().map(Coded::zh).collect::<Vec<_>>().join("；")
}

/// The English messages of a list of problems, joined with `; `.
pub(crate) fn join_en<T: Coded>(items: &[T]) -> String {
    items.iter().map(Coded::en).collect::<Vec<_>>().join("; ")
}

/// `（是否指 A、B？）` after an unknown name, or nothing.
pub(crate) fn did_you_mean_zh(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("（是否指 {}？）", suggestions.join("、"))
    }
}

/// ` (did you mean A, B?)` after an unknown name, or nothing.
pub(crate) fn did_you_mean_en(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", suggestions.join(", "))
    }
}

/// `Display` (`中文 / English`) and `std::error::Error` for a [`Coded`] type.
macro_rules! coded_display {
    ($t:ty) => {
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(
                    f,
                    "{} / {}",
                    $crate::errors::Coded::zh(self),
                    $crate::errors::Coded::en(self)
                )
            }
        }
        impl ::std::error::Error for $t {}
    };
}
pub(crate) use coded_display;

#[cfg(test)]
mod tests;
