//! Every input the fuzz targets found a crash with (fuzz/artifacts-found/<target>/) is read
//! without a panic: refused as damaged, or converted. The panics were in calamine 0.38, now
//! patched (vendor/calamine/PHUSONG.md); a test build checks overflow as the fuzzer's does.

use std::path::Path;

#[test]
fn the_fuzz_findings_no_longer_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/artifacts-found");
    let Ok(targets) = std::fs::read_dir(&root) else {
        return;
    };
    let mut checked = 0;
    for target in targets.flatten() {
        let dir = target.file_name().to_string_lossy().into_owned();
        let Some(ext) = dir.strip_prefix("sheets_") else {
            continue;
        };
        for file in std::fs::read_dir(target.path()).unwrap().flatten() {
            let bytes = std::fs::read(file.path()).unwrap();
            let name = format!("finding.{ext}");
            // Either outcome is fine; a panic fails the test.
            let _ = phusong_sheets::read_spreadsheet(&name, &bytes);
            checked += 1;
        }
    }
    assert!(checked > 0, "no finding read from {}", root.display());
}
