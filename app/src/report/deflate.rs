//! The Word export's XML parts compressed by the browser: `CompressionStream("deflate-raw")`
//! (Chrome 103, Firefox 113: the browsers the offline file already needs for
//! `DecompressionStream`), so the wasm carries no compressor. A browser without it gets the
//! parts stored: the same document, larger.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, ReadableWritablePair, Response, WritableStream};

#[wasm_bindgen]
extern "C" {
    /// The Compression Streams API's transform (web-sys has it only as an unstable API).
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;
}

/// `bytes` as a raw DEFLATE stream (RFC 1951), or `None` where the browser cannot.
pub async fn deflate_raw(bytes: &[u8]) -> Option<Vec<u8>> {
    let stream = CompressionStream::new("deflate-raw").ok()?;
    let blob = Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes))).ok()?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let compressed = blob.stream().pipe_through(&pair);
    let response = Response::new_with_opt_readable_stream(Some(&compressed)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}
