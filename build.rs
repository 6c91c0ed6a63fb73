//! Embeds the repository's course (`lessons/`, `exercises/`) into the binary, so an installed
//! `infolit` works from any folder. Every file is listed with `include_bytes!`, which makes
//! cargo rebuild when a file changes; `rerun-if-changed` on the folders catches added and
//! removed files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for top in ["lessons", "exercises"] {
        println!("cargo:rerun-if-changed={top}");
        collect(&manifest, &manifest.join(top), 0, &mut files);
    }
    files.sort();
    let mut code = String::from("/// The bundled course: (path relative to the course root, bytes).\n");
    code.push_str("pub static BUNDLED: &[(&str, &[u8])] = &[\n");
    for rel in &files {
        let _ = writeln!(
            code,
            "    ({rel:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {rel:?}))),"
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_course.rs");
    fs::write(out, code).expect("write the bundled course list");
}

/// Collects `lessons/<workshop>/*.toml`, `exercises/*.toml` and `exercises/catalog/*.toml`
/// (the layout `content::source` reads), as paths relative to the manifest with `/` separators.
fn collect(manifest: &Path, dir: &Path, depth: usize, files: &mut Vec<String>) {
    let Ok(read) = fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        if path.is_dir() {
            let is_workshop_folder = depth == 0 && dir.ends_with("lessons");
            let is_catalog_folder = depth == 0 && dir.ends_with("exercises") && path.ends_with("catalog");
            if is_workshop_folder || is_catalog_folder {
                collect(manifest, &path, depth + 1, files);
            }
        } else if path.extension().is_some_and(|e| e == "toml") {
            let rel = path.strip_prefix(manifest).expect("under the manifest dir");
            let rel: Vec<String> =
                rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            files.push(rel.join("/"));
        }
    }
}
