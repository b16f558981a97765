//! The filter bar (screen) and the line that states the active filters (printed
//! under the title).

use crate::date_input::DateInput;
use crate::i18n::texts;
use crate::report::view::{use_view, with_view};
use crate::state::use_app;
use leptos::prelude::*;
use phusong_engine::Filter;
use phusong_export::text::fmt_date;
use phusong_model::{Dataset, Format, Lang, Level, Tone};

/// Value of the "all" option.
const ALL: &str = "";

/// The active filters in words ("Nội dung: 1.2 …"), one entry per filter.
pub fn describe(filter: &Filter, data: &Dataset, lang: Lang) -> Vec<String> {
    let t = texts(lang);
    let mut out = Vec::new();
    if filter.from.is_some() || filter.to.is_some() {
        let from = filter.from.map(fmt_date).unwrap_or_else(|| "…".into());
        let to = filter.to.map(fmt_date).unwrap_or_else(|| "…".into());
        out.push(format!("{from} – {to}"));
    }
    let join = |v: Vec<String>| v.join(", ");
    if !filter.themes.is_empty() {
        let names = filter
            .themes
            .iter()
            .filter_map(|&i| data.plan.themes.get(i as usize))
            .map(|t| format!("{} {}", t.code, t.name))
            .collect();
        out.push(format!("{}: {}", t.theme, join(names)));
    }
    if !filter.outlets.is_empty() {
        let names = filter
            .outlets
            .iter()
            .filter_map(|&i| data.outlets.get(i as usize))
            .map(|o| o.name.clone())
            .collect();
        out.push(format!("{}: {}", t.outlet, join(names)));
    }
    if !filter.levels.is_empty() {
        out.push(format!(
            "{}: {}",
            t.level,
            join(
                filter
                    .levels
                    .iter()
                    .map(|l| l.label(lang).to_owned())
                    .collect()
            )
        ));
    }
    if !filter.contracts.is_empty() {
        let names = filter
            .contracts
            .iter()
            .map(|c| match c {
                Some(i) => data
                    .contracts
                    .get(*i as usize)
                    .map(|c| c.id.clone())
                    .unwrap_or_default(),
                None => t.uncontracted.to_owned(),
            })
            .collect();
        out.push(format!("{}: {}", t.contract, join(names)));
    }
    if !filter.formats.is_empty() {
        out.push(format!(
            "{}: {}",
            t.format,
            join(
                filter
                    .formats
                    .iter()
                    .map(|f| f.label(lang).to_owned())
                    .collect()
            )
        ));
    }
    if !filter.tones.is_empty() {
        let names = filter
            .tones
            .iter()
            .map(|x| x.map_or(t.unrated, |x| x.label(lang)).to_owned())
            .collect();
        out.push(format!("{}: {}", t.tone, join(names)));
    }
    if !filter.title.trim().is_empty() {
        out.push(format!("\"{}\"", filter.title.trim()));
    }
    out
}

/// "Phạm vi lọc: …" under the title, when a filter applies (printed too).
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let state = use_app();
    let view_memo = use_view();
    move || {
        let lang = state.lang.get();
        let parts = with_view(view_memo, |d, r| describe(&r.filter, d, lang)).unwrap_or_default();
        (!parts.is_empty()).then(|| {
            view! {
                <p class="active-filters" data-testid="active-filters">
                    <em>{texts(lang).active_filters} ": " {parts.join("; ")}</em>
                </p>
            }
        })
    }
}

/// A labelled `<select>` whose options are (value, label) pairs.
#[component]
fn Choice(
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

fn first_or_empty<T: ToString>(list: &[T]) -> String {
    list.first().map(|x| x.to_string()).unwrap_or_default()
}

/// The filter bar (not printed).
#[component]
pub fn FilterBar() -> impl IntoView {
    let state = use_app();
    let f = state.filter;
    move || {
        let lang = state.lang.get();
        let t = texts(lang);
        let loaded = state.loaded.get();
        let data = loaded.as_ref().and_then(|l| l.dataset.as_ref());
        let (themes, outlets, contracts) = data
            .map(|d| {
                let themes: Vec<(String, String)> = d
                    .plan
                    .themes
                    .iter()
                    .enumerate()
                    .map(|(i, th)| {
                        (
                            i.to_string(),
                            format!("{}{} {}", "  ".repeat(th.depth as usize), th.code, th.name),
                        )
                    })
                    .collect();
                let outlets: Vec<(String, String)> = d
                    .outlets
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (i.to_string(), o.name.clone()))
                    .collect();
                let mut contracts: Vec<(String, String)> =
                    vec![("none".into(), t.uncontracted.to_owned())];
                contracts.extend(
                    d.contracts
                        .iter()
                        .enumerate()
                        .map(|(i, c)| (i.to_string(), c.id.clone())),
                );
                (themes, outlets, contracts)
            })
            .unwrap_or_default();
        let levels: Vec<(String, String)> = Level::ALL
            .iter()
            .map(|l| (l.as_str().to_owned(), l.label(lang).to_owned()))
            .collect();
        let formats: Vec<(String, String)> = Format::ALL
            .iter()
            .map(|x| (x.as_str().to_owned(), x.label(lang).to_owned()))
            .collect();
        let mut tones: Vec<(String, String)> = Tone::ALL
            .iter()
            .map(|x| (x.as_str().to_owned(), x.label(lang).to_owned()))
            .collect();
        tones.push(("unrated".into(), t.unrated.to_owned()));
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
                <Choice label=t.theme options=themes testid="filter-theme"
                    current=Signal::derive(move || f.with(|f| first_or_empty(&f.themes)))
                    on_pick=move |v| state.narrow(|f| f.themes = v.parse().ok().into_iter().collect())/>
                <Choice label=t.outlet options=outlets testid="filter-outlet"
                    current=Signal::derive(move || f.with(|f| first_or_empty(&f.outlets)))
                    on_pick=move |v| state.narrow(|f| f.outlets = v.parse().ok().into_iter().collect())/>
                <Choice label=t.level options=levels testid="filter-level"
                    current=Signal::derive(move || f.with(|f| f.levels.first().map(|l| l.as_str().to_owned()).unwrap_or_default()))
                    on_pick=move |v| state.narrow(|f| f.levels = Level::parse(&v).into_iter().collect())/>
                <Choice label=t.contract options=contracts testid="filter-contract"
                    current=Signal::derive(move || f.with(|f| match f.contracts.first() {
                        Some(Some(i)) => i.to_string(),
                        Some(None) => "none".to_owned(),
                        None => String::new(),
                    }))
                    on_pick=move |v| state.narrow(|f| f.contracts = match v.as_str() {
                        "" => vec![],
                        "none" => vec![None],
                        x => x.parse().ok().map(Some).into_iter().collect(),
                    })/>
                <Choice label=t.format options=formats testid="filter-format"
                    current=Signal::derive(move || f.with(|f| f.formats.first().map(|x| x.as_str().to_owned()).unwrap_or_default()))
                    on_pick=move |v| state.narrow(|f| f.formats = Format::parse(&v).into_iter().collect())/>
                <Choice label=t.tone options=tones testid="filter-tone"
                    current=Signal::derive(move || f.with(|f| match f.tones.first() {
                        Some(Some(x)) => x.as_str().to_owned(),
                        Some(None) => "unrated".to_owned(),
                        None => String::new(),
                    }))
                    on_pick=move |v| state.narrow(|f| f.tones = match v.as_str() {
                        "" => vec![],
                        "unrated" => vec![None],
                        x => Tone::parse(x).map(Some).into_iter().collect(),
                    })/>
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
