//! How a core error crosses into JavaScript: a `MinzhengError` (see `js/error.js`) with the
//! stable number and name of the core's registry (`minzheng::errors::ErrorCode`, the same
//! numbers as the C and Java faces), the message in each language (identity numbers masked,
//! `Coded::zh` / `Coded::en`) and the core's structured error as `detail`.

use minzheng::errors::{Coded, ErrorCode};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/error.js")]
extern "C" {
    #[wasm_bindgen(js_name = makeError)]
    fn make_error(code: u32, name: &str, zh: &str, en: &str, detail: JsValue) -> JsValue;
}

/// A failure of one operation, ready to be thrown (a `MinzhengError` on the JavaScript side).
pub struct Failure {
    code: ErrorCode,
    zh: String,
    en: String,
    detail: JsValue,
}

impl std::fmt::Debug for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} / {}", self.code.name(), self.zh, self.en)
    }
}

impl Failure {
    /// A failure from a core error, with its serde form as the detail.
    pub(crate) fn of<E: Coded + Serialize>(error: &E) -> Failure {
        Failure {
            detail: crate::json::to_js(error).unwrap_or(JsValue::NULL),
            ..Failure::plain(error)
        }
    }

    /// A failure from a core error without a serde form.
    pub(crate) fn plain<E: Coded>(error: &E) -> Failure {
        Failure {
            code: error.error_code(),
            zh: error.zh(),
            en: error.en(),
            detail: JsValue::NULL,
        }
    }

    /// A failure of the binding itself (an argument that is not what the function takes).
    pub(crate) fn binding(code: ErrorCode, zh: &str, en: &str) -> Failure {
        Failure {
            code,
            zh: minzheng::errors::redact_ids(zh),
            en: minzheng::errors::redact_ids(en),
            detail: JsValue::NULL,
        }
    }
}

impl From<Failure> for JsValue {
    fn from(f: Failure) -> JsValue {
        make_error(f.code.number(), f.code.name(), &f.zh, &f.en, f.detail)
    }
}

macro_rules! domain_error {
    ($ty:ty) => {
        impl From<$ty> for Failure {
            fn from(e: $ty) -> Failure {
                Failure::of(&e)
            }
        }
    };
}

domain_error!(minzheng::calendar::CalendarError);
domain_error!(minzheng::deadline::DeadlineError);
domain_error!(minzheng::id::IdError);
domain_error!(minzheng::eligibility::EligibilityError);
domain_error!(minzheng::power::PowerError);
domain_error!(minzheng::disclosure::DisclosureError);
domain_error!(minzheng::window::WindowError);
domain_error!(minzheng::division::DivisionError);
#[cfg(feature = "assistance")]
domain_error!(minzheng::assistance::AssistanceError);

impl From<minzheng::dates::DateError> for Failure {
    fn from(e: minzheng::dates::DateError) -> Failure {
        Failure::plain(&e)
    }
}

impl From<minzheng::tables::TableError> for Failure {
    fn from(e: minzheng::tables::TableError) -> Failure {
        Failure::plain(&e)
    }
}

/// The result of an operation: a value or a thrown `MinzhengError`.
pub type Outcome<T> = Result<T, Failure>;
