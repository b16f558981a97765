//! Wasm size probe: the baseline (serde_json only), for `wasm_probe_*` to be compared with.
// SAFETY: the only unsafe here is exporting `probe` under its own, unique name.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn probe(ptr: u8, len: usize) -> usize {
    let bytes = std::hint::black_box(vec![ptr; len]);
    let bytes = bytes.as_slice();
    serde_json::from_slice::<serde_json::Value>(bytes).map_or(0, |v| v.to_string().len())
}
