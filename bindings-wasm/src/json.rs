//! Plain objects across the boundary: Rust values go out through their serde form (the JSON
//! models' field names), JavaScript objects come in the same way. A string argument is taken as
//! JSON text already (a file's content, a JSON Lines log).

use crate::error::{Failure, Outcome};
use minzheng::errors::ErrorCode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// A Rust value as a plain JavaScript object.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Outcome<JsValue> {
    let text = serde_json::to_string(value).map_err(|e| {
        Failure::binding(
            ErrorCode::Json,
            "结果无法转换为 JSON",
            &format!("result not representable as JSON: {e}"),
        )
    })?;
    js_sys::JSON::parse(&text).map_err(|_| {
        Failure::binding(
            ErrorCode::Json,
            "结果无法转换为 JavaScript 对象",
            "result not representable as a JavaScript object",
        )
    })
}

/// The JSON text of a JavaScript argument (an object, or JSON text as a string).
pub(crate) fn text_of(value: &JsValue, what: &str) -> Outcome<String> {
    if let Some(s) = value.as_string() {
        return Ok(s);
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| {
            Failure::binding(
                ErrorCode::InvalidArgument,
                &format!("参数 {what} 不是可转换为 JSON 的对象"),
                &format!("argument {what} is not an object representable as JSON"),
            )
        })
}

/// A JavaScript argument read as a Rust model.
pub(crate) fn from_js<T: DeserializeOwned>(value: &JsValue, what: &str) -> Outcome<T> {
    let text = text_of(value, what)?;
    minzheng::json::from_str(&text).map_err(|e| {
        Failure::binding(
            ErrorCode::Json,
            &format!("参数 {what} 的内容不符合数据模型：{e}"),
            &format!("argument {what} does not fit the model: {e}"),
        )
    })
}
