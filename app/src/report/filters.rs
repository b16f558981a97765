//! The filter bar (screen) and the line that states the active filters (printed
//! under the title).

use crate::date_input::DateInput;
use crate::i18n::texts;
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_engine::Filter;
use phusong_export::filters::{describe_filter, Choice, ALL};

/// "Phạm vi lọc: …" under the title, when a filter applies (printed too).
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    move || {
        let lang = state.lang.get();
        let parts =
            with_view(view_memo, |d, r| describe_filter(&r.filter, d, lang)).unwrap_or_default();
        (!parts.is_empty()).then(|| {
            view! {
                <p class="active-filters" data-testid="active-filters">
                    <em>{texts(lang).active_filters} ": " {parts.join("; ")}</em>
                </p>
            }
        })
    }
}

/// A labelled `<select>` whose options are (value, label) pairs, after "all".
#[component]
fn ChoiceBox(
    label: &'static str,
    options: Vec<(String, String)>,
    current: Signal<String>,
    on_pick: impl Fn(String) + Send + Sync + 'static,
    testid: &'static str,
) -> impl IntoView {
    let all = texts(use_app().lang.get_untracked()).all;
    view! {
        <label class="filter">
            <span>{label}</span>
            <select data-testid=testid on:change=move |ev| on_pick(event_target_value(&ev))>
                <option value=ALL selected=move || current.get().is_empty()>{all}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let v = value.clone();
                        view! { <option value=value selected=move || current.get() == v>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The filter bar (not printed): the dates, a choice per filter, the title search.
#[component]
pub fn FilterBar() -> impl IntoView {
    let state = use_app();
    let f = state.filter;
    move || {
        let lang = state.lang.get();
        let t = texts(lang);
        let loaded = state.loaded.get();
        let data = loaded.as_ref().and_then(|l| l.dataset.as_ref());
        let choices = Choice::ALL
            .into_iter()
            .map(|choice| {
                view! {
                    <ChoiceBox
                        label=choice.label(lang)
                        options=choice.options(data, lang)
                        testid=choice_testid(choice)
                        current=Signal::derive(move || f.with(|f| choice.value(f)))
                        on_pick=move |v| state.narrow(|f| choice.choose(f, &v))
                    />
                }
            })
            .collect_view();
        view! {
            <section class="filter-bar no-print" aria-label=t.filters>
                <label class="filter">
                    <span>{t.from}</span>
                    <DateInput label=t.from testid="filter-from"
                        value=Signal::derive(move || f.with(|f| f.from))
                        on_set=move |d| state.narrow(|f| f.from = d)/>
                </label>
                <label class="filter">
                    <span>{t.to}</span>
                    <DateInput label=t.to testid="filter-to"
                        value=Signal::derive(move || f.with(|f| f.to))
                        on_set=move |d| state.narrow(|f| f.to = d)/>
                </label>
                {choices}
                <label class="filter search">
                    <span>{t.search_title}</span>
                    <input type="search" data-testid="filter-title" prop:value=move || f.with(|f| f.title.clone())
                        on:focus=move |_| state.fold_titles_soon()
                        on:input=move |ev| state.narrow(|f| f.title = event_target_value(&ev))/>
                </label>
                <button data-testid="clear-filters" on:click=move |_| state.narrow(|f| *f = Filter::default())>{t.clear_filters}</button>
            </section>
        }
    }
}

/// The `data-testid` of a choice's `<select>`.
fn choice_testid(choice: Choice) -> &'static str {
    match choice {
        Choice::Theme => "filter-theme",
        Choice::Outlet => "filter-outlet",
        Choice::Level => "filter-level",
        Choice::Contract => "filter-contract",
        Choice::Format => "filter-format",
        Choice::Tone => "filter-tone",
    }
}
