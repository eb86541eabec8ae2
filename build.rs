//! Embeds the sample register (registry/) in the binary, so a new user's
//! first run can create a working register anywhere: every `.ron` file in
//! it, the records and the `ropa.ron` marker at its root.

use std::fs;
use std::path::Path;

fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "ron") {
            let rel = p
                .strip_prefix(root)
                .map(|r| r.to_string_lossy().replace('\\', "/"));
            if let Ok(rel) = rel {
                out.push((
                    rel,
                    p.canonicalize()
                        .unwrap_or(p.clone())
                        .to_string_lossy()
                        .into_owned(),
                ));
            }
        }
    }
}

fn main() {
    let root = Path::new("registry");
    println!("cargo:rerun-if-changed=registry");
    let mut files = Vec::new();
    walk(root, root, &mut files);
    let mut code = String::from(
        "/// The sample register: (path inside the register, contents).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for (rel, abs) in files {
        code.push_str(&format!("    ({rel:?}, include_str!({abs:?})),\n"));
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let _ = fs::write(Path::new(&out).join("sample_files.rs"), code);
}
