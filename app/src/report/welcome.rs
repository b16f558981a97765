//! The first screen, before any data is loaded: what the app does, the three steps,
//! a file chooser and the sample, and where the data stays.

use crate::actions::{load_chosen, load_sample, Mode};
use crate::browser::take_chosen_files;
use crate::i18n::texts;
use crate::state::use_app;
use leptos::prelude::*;

/// The welcome panel shown in place of the report while nothing is loaded.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_app();
    let t = move || texts(state.lang.get());
    let on_files = move |ev: leptos::ev::Event| {
        load_chosen(state, take_chosen_files(&ev), Mode::Replace);
    };
    view! {
        <section class="welcome" data-testid="welcome">
            <h1>{move || t().welcome_title}</h1>
            <p class="lead">{move || t().welcome_lead}</p>
            <ol class="steps">
                {move || {
                    t().welcome_steps
                        .iter()
                        .map(|(title, text)| view! { <li><strong>{*title}</strong><span>{*text}</span></li> })
                        .collect_view()
                }}
            </ol>
            <div class="welcome-actions">
                <label class="file-button">
                    {move || t().choose_files}
                    <input
                        type="file"
                        multiple
                        accept=".json,application/json"
                        data-testid="welcome-file-input"
                        on:change=on_files
                    />
                </label>
                <button data-testid="welcome-sample" on:click=move |_| load_sample(state)>
                    {move || t().use_sample}
                </button>
            </div>
            <p class="hint">{move || t().welcome_drop}</p>
            <p class="privacy">{move || t().welcome_privacy}</p>
        </section>
    }
}
