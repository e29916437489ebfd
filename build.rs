//! Merges the lesson's content files (`content/*.toml`) into one JSON document that the
//! crate embeds with `include_str!`. Parsing TOML here keeps the TOML parser out of the
//! wasm binary, and a syntax error in a content file fails the build with its file name.

use std::{env, fs, path::Path};

fn main() {
    // RIPE_CONTENT_DIR lets a developer try a draft content folder without touching content/.
    println!("cargo:rerun-if-env-changed=RIPE_CONTENT_DIR");
    let dir_name = env::var("RIPE_CONTENT_DIR").unwrap_or_else(|_| "content/en".to_string());
    let dir = Path::new(&dir_name);
    println!("cargo:rerun-if-changed={dir_name}");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .expect("content/ folder")
        .map(|e| e.expect("content entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();

    let mut merged = serde_json::Map::new();
    for path in paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("readable content file");
        let table: toml::Table = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", path.display()));
        for (key, value) in table {
            let json = serde_json::to_value(value).expect("TOML value as JSON");
            if merged.insert(key.clone(), json).is_some() {
                panic!(
                    "{}: top-level key `{key}` is defined in two content files",
                    path.display()
                );
            }
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("content.json");
    fs::write(out, serde_json::to_string(&merged).expect("JSON")).expect("write content.json");
}
