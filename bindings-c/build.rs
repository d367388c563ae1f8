//! Sets the shared library's SONAME to the major version, so that a program linked against
//! libminzheng.so.0 keeps working across compatible (minor, patch) releases.

fn main() {
    let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_else(|_| "0".to_owned());
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libminzheng.so.{major}");
    }
    // The FFI bench (benches/ffi.rs) links the library as C does: find it next to the build.
    if let Ok(out) = std::env::var("OUT_DIR") {
        let deps = std::path::Path::new(&out).join("../../../deps");
        println!("cargo:rustc-link-arg-benches=-L{}", deps.display());
        println!("cargo:rustc-link-arg-benches=-Wl,-rpath,{}", deps.display());
        // The bench loads the library by its SONAME, as an installed program does.
        #[cfg(unix)]
        if os == "linux" && !deps.join(format!("libminzheng.so.{major}")).exists() {
            let _ = std::os::unix::fs::symlink(
                "libminzheng.so",
                deps.join(format!("libminzheng.so.{major}")),
            );
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}
