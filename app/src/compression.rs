//! Bytes compressed and unpacked by the browser (`CompressionStream`, `DecompressionStream`:
//! Chrome 103, Firefox 113, the browsers the offline file already needs), so the wasm carries
//! no compressor: the Word export's XML parts (raw DEFLATE) and a shared report's data (gzip).

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair, Response,
    WritableStream,
};

#[wasm_bindgen]
extern "C" {
    /// The Compression Streams API's transforms (web-sys has them only as unstable APIs).
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

fn stream_of(bytes: &[u8]) -> Option<ReadableStream> {
    let blob = Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes))).ok()?;
    Some(blob.stream())
}

async fn compressed(bytes: &[u8], format: &str) -> Option<Vec<u8>> {
    let stream = CompressionStream::new(format).ok()?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let out = stream_of(bytes)?.pipe_through(&pair);
    let response = Response::new_with_opt_readable_stream(Some(&out)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// `bytes` as a raw DEFLATE stream (RFC 1951), or `None` where the browser cannot (the Word
/// export then stores its parts: the same document, larger).
pub async fn deflate_raw(bytes: &[u8]) -> Option<Vec<u8>> {
    compressed(bytes, "deflate-raw").await
}

/// `bytes` gzipped, or `None` where the browser cannot.
pub async fn gzip(bytes: &[u8]) -> Option<Vec<u8>> {
    compressed(bytes, "gzip").await
}

/// Why gzipped bytes were not unpacked.
#[derive(Debug)]
pub enum GunzipError {
    /// Not gzip, damaged, or a browser without `DecompressionStream`.
    Damaged,
    /// Unpacked, they would pass `limit` bytes (a file made to fill the memory).
    TooLarge,
}

/// `gz` unpacked, a chunk at a time, stopping as soon as it would pass `limit` bytes.
pub async fn gunzip(gz: &[u8], limit: u64) -> Result<Vec<u8>, GunzipError> {
    let stream = DecompressionStream::new("gzip").map_err(|_| GunzipError::Damaged)?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let out = stream_of(gz)
        .ok_or(GunzipError::Damaged)?
        .pipe_through(&pair);
    let reader: ReadableStreamDefaultReader = out
        .get_reader()
        .dyn_into()
        .map_err(|_| GunzipError::Damaged)?;
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| GunzipError::Damaged)?;
        let done =
            js_sys::Reflect::get(&chunk, &"done".into()).map_err(|_| GunzipError::Damaged)?;
        if done.is_truthy() {
            return Ok(bytes);
        }
        let value =
            js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| GunzipError::Damaged)?;
        let part: Uint8Array = value.dyn_into().map_err(|_| GunzipError::Damaged)?;
        if bytes.len() as u64 + u64::from(part.length()) > limit {
            let _ = reader.cancel();
            return Err(GunzipError::TooLarge);
        }
        let at = bytes.len();
        bytes.resize(at + part.length() as usize, 0);
        part.copy_to(&mut bytes[at..]);
    }
}
