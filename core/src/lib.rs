//! # minzheng — China's civil-affairs rules as code
//!
//! (Guide written below; see the modules.)
#![forbid(unsafe_code)]

pub mod calendar;
mod citation;
pub mod deadline;

pub use citation::{Citation, Confidence};
