//! The root component of the phusong app.
//!
//! The end-to-end tests rely on `[data-testid=report]` and its `data-ready` /
//! `data-items` attributes: keep them when building the real report UI.

use leptos::prelude::*;

/// Title shown at the top of every page.
pub const TITLE: &str = "phusong — Báo cáo kết quả thông tin, tuyên truyền";

/// The application shell: a header with the title and the report area.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <header class="app-header">
            <h1>{TITLE}</h1>
        </header>
        <main data-testid="report" data-ready="true" data-items="0">
            <p class="placeholder">"Chưa có dữ liệu."</p>
        </main>
    }
}
