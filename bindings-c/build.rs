//! Sets the shared library's SONAME to the major version, so that a program linked against
//! libminzheng.so.0 keeps working across compatible (minor, patch) releases.

fn main() {
    let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_else(|_| "0".to_owned());
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libminzheng.so.{major}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
