//! If the app ever panics, show a recovery screen ("Tải lại") instead of a dead
//! page. The stored data is untouched, so reloading restores it.

use wasm_bindgen::JsCast;

/// Installs the hook: console report, then the recovery screen.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_recovery();
    }));
}

/// The `sessionStorage` key that makes the next start panic once, on purpose.
///
/// A test hook: the end-to-end tests set it to see the recovery screen and the
/// stored data survive a real panic, since no input can reach one. It is removed
/// before the panic, so "Tải lại" starts normally; it only affects the tab that set it.
pub const SIMULATE_KEY: &str = "phusong.simulate-panic";

/// Panics once if [`SIMULATE_KEY`] is set in this tab's `sessionStorage`; with the value
/// `trap`, aborts instead, as a failed allocation does (a WebAssembly trap, which the plain
/// script in `index.html` turns into the recovery screen).
pub fn simulate_if_asked() {
    let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else {
        return;
    };
    if let Some(how) = storage.get_item(SIMULATE_KEY).ok().flatten() {
        let _ = storage.remove_item(SIMULATE_KEY);
        if how == "trap" {
            std::process::abort();
        }
        panic!("simulated panic: sessionStorage '{SIMULATE_KEY}' was set");
    }
}

fn show_recovery() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("recovery");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "recovery");
    // Text only (set_text_content), never HTML.
    if let Ok(p) = document.create_element("p") {
        p.set_text_content(Some(
            "Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu trong trình duyệt vẫn còn nguyên. \
             An unexpected error occurred; your stored data is intact.",
        ));
        let _ = panel.append_child(&p);
    }
    if let Ok(button) = document.create_element("button") {
        button.set_text_content(Some("Tải lại / Reload"));
        let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        if let Some(b) = button.dyn_ref::<web_sys::HtmlElement>() {
            b.set_onclick(Some(reload.as_ref().unchecked_ref()));
        }
        reload.forget();
        let _ = panel.append_child(&button);
    }
    let _ = body.append_child(&panel);
}
