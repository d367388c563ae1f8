//! # minzheng — China's civil-affairs rules as code
//!
//! (Guide written below; see the modules.)
#![forbid(unsafe_code)]

pub mod calendar;
pub mod deadline;
mod citation;

pub use citation::{Citation, Confidence};
