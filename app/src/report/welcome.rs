//! The first screen, before any data is loaded: what the app does, the three steps,
//! a file chooser and the sample, and where the data stays.

use crate::actions::{download_sample_xlsx, download_template, load_sample, Mode};
use crate::i18n::texts;
use crate::load::choose_files::ChooseFiles;
use crate::sample::has_sample_xlsx;
use crate::state::use_app;
use leptos::prelude::*;

/// The welcome panel shown in place of the report while nothing is loaded.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_app();
    let t = move || texts(state.lang.get());
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
                <ChooseFiles testid="welcome-file-input" mode=Signal::stored(Mode::Replace)/>
                <button data-testid="welcome-sample" disabled=move || state.is_busy() on:click=move |_| load_sample(state)>
                    {move || t().use_sample}
                </button>
            </div>
            <p class="hint">{move || t().welcome_drop}</p>
            <p class="templates">
                {move || t().templates_hint} " "
                <button data-testid="download-template" on:click=move |_| download_template()>{move || t().download_template}</button>
                {has_sample_xlsx().then(|| view! {
                    " "
                    <button data-testid="download-sample-xlsx" on:click=move |_| download_sample_xlsx()>
                        {move || t().download_sample_xlsx}
                    </button>
                })}
            </p>
            <p class="privacy">{move || t().welcome_privacy}</p>
        </section>
    }
}
