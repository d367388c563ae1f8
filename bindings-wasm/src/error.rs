//! How a core error crosses into JavaScript: a `MinzhengError` (see `js/error.js`) with the
//! stable number, the stable name, the message in each language and the structured detail.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/error.js")]
extern "C" {
    #[wasm_bindgen(js_name = makeError)]
    fn make_error(code: u32, name: &str, zh: &str, en: &str, detail: JsValue) -> JsValue;
}

/// The stable number of an error, by its domain and string code.
///
/// The one place where numbers are looked up: the core's `ErrorCode` registry (issue 12) is
/// not merged yet, so this answers 0 ("not yet numbered") until it is switched over to
/// `ErrorCode::number()`.
pub(crate) fn error_number(_domain: &str, _code: &str) -> u32 {
    0
}

/// The Chinese and English halves of a core message `中文 / English`.
///
/// The one place where messages are split: switched to the core's `zh()` / `en()` accessors
/// (issue 12) once merged.
pub(crate) fn split_bilingual(text: &str) -> (String, String) {
    match text.split_once(" / ") {
        Some((zh, en)) => (zh.to_owned(), en.to_owned()),
        None => (text.to_owned(), text.to_owned()),
    }
}

/// A failure of one operation, ready to be thrown (a `MinzhengError` on the JavaScript side).
pub struct Failure {
    domain: &'static str,
    code: String,
    message: String,
    detail: JsValue,
}

impl std::fmt::Debug for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name(), self.message)
    }
}

impl Failure {
    /// A failure from a core error with its stable string code.
    pub(crate) fn of<E>(domain: &'static str, code: &str, error: &E) -> Failure
    where
        E: std::fmt::Display + Serialize,
    {
        Failure {
            domain,
            code: code.to_owned(),
            message: error.to_string(),
            detail: crate::json::to_js(error).unwrap_or(JsValue::NULL),
        }
    }

    /// A failure of the binding itself (bad argument, bad JSON).
    pub(crate) fn binding(code: &str, zh: &str, en: &str) -> Failure {
        Failure {
            domain: "binding",
            code: code.to_owned(),
            message: format!("{zh} / {en}"),
            detail: JsValue::NULL,
        }
    }

    /// The stable name, `domain.code`.
    pub(crate) fn name(&self) -> String {
        format!("{}.{}", self.domain, self.code)
    }
}

impl From<Failure> for JsValue {
    fn from(f: Failure) -> JsValue {
        let (zh, en) = split_bilingual(&f.message);
        make_error(
            error_number(f.domain, &f.code),
            &f.name(),
            &zh,
            &en,
            f.detail,
        )
    }
}

macro_rules! domain_error {
    ($ty:ty, $domain:literal) => {
        impl From<$ty> for Failure {
            fn from(e: $ty) -> Failure {
                Failure::of($domain, e.code(), &e)
            }
        }
    };
}

domain_error!(minzheng::calendar::CalendarError, "calendar");
domain_error!(minzheng::deadline::DeadlineError, "deadline");
domain_error!(minzheng::id::IdError, "id");
domain_error!(minzheng::eligibility::EligibilityError, "eligibility");
domain_error!(minzheng::power::PowerError, "power");

// Table errors carry no serde form: the message and the code only.
impl From<minzheng::tables::TableError> for Failure {
    fn from(e: minzheng::tables::TableError) -> Failure {
        Failure {
            domain: "tables",
            code: e.code().to_owned(),
            message: e.to_string(),
            detail: JsValue::NULL,
        }
    }
}
domain_error!(minzheng::disclosure::DisclosureError, "disclosure");
domain_error!(minzheng::window::WindowError, "window");

/// The result of an operation: a value or a thrown `MinzhengError`.
pub type Outcome<T> = Result<T, Failure>;
