//! A chart's SVG drawn as a PNG in the browser, for the Word export: the SVG, resized to the
//! pixels asked for, is loaded as an image from a blob URL (the CSP allows `blob:` images),
//! drawn on a white canvas and read back as PNG bytes. Nothing runs until the export does.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, Url,
};

/// `svg` with the `width` and `height` of its root element set to `w` × `h` (its `viewBox`
/// keeps its coordinates), so the browser draws the vector at that size.
fn resized(svg: &str, w: u32, h: u32) -> String {
    let Some(end) = svg.find('>') else {
        return svg.to_owned();
    };
    let (head, rest) = svg.split_at(end);
    let mut head = head.to_owned();
    for (name, value) in [("width", w), ("height", h)] {
        let key = format!(" {name}=\"");
        if let Some(at) = head.find(&key) {
            let from = at + key.len();
            if let Some(len) = head[from..].find('"') {
                head.replace_range(from..from + len, &value.to_string());
            }
        }
    }
    head + rest
}

/// The canvas's PNG (`toBlob`, wrapped in a promise).
async fn canvas_png(canvas: &HtmlCanvasElement) -> Option<Vec<u8>> {
    let canvas = canvas.clone();
    let promise = Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        let _ = canvas.to_blob_with_type(done.unchecked_ref(), "image/png");
    });
    let blob: Blob = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let bytes = JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&bytes).to_vec())
}

/// `svg` drawn `w` × `h` pixels on white, as PNG bytes.
pub async fn svg_to_png(svg: &str, w: u32, h: u32) -> Option<Vec<u8>> {
    let document = web_sys::window()?.document()?;
    let parts = Array::of1(&JsValue::from_str(&resized(svg, w, h)));
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let image = HtmlImageElement::new_with_width_and_height(w, h).ok()?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = Url::revoke_object_url(&url);
    decoded.ok()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, f64::from(w), f64::from(h));
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(w),
        f64::from(h),
    )
    .ok()?;
    canvas_png(&canvas).await
}

#[cfg(test)]
mod tests {
    use super::resized;

    #[test]
    fn resizes_the_root_only() {
        let svg = r#"<svg width="680" height="120" viewBox="0 0 680 120"><rect width="5" height="6"/></svg>"#;
        assert_eq!(
            resized(svg, 1512, 267),
            r#"<svg width="1512" height="267" viewBox="0 0 680 120"><rect width="5" height="6"/></svg>"#
        );
    }
}
