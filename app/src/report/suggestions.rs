//! "Gợi ý nội dung": the untagged items with the themes their keywords suggest
//! (`phusong_engine::suggest`) and the keyword that matched; the author accepts one, all,
//! or all of one theme, and can remove what was accepted, all of it or one item's
//! ("Đã gắn bổ sung", `added_tags.rs`). Accepted themes are the author's edits
//! (`AppState::accept_tags`, `clear_tags`, `remove_tags`), counted in the report. Not printed.
//!
//! Test hooks: the section "suggestions" (`data-suggested`, `data-unmatched`: untagged items
//! with and without suggestions; `data-accepted`: items the accepted themes add to), its
//! toggle "suggestions-toggle", a row "suggestion-row" per suggestion (`data-item`,
//! `data-theme`) with "suggestion-accept" or "suggestion-accepted", "suggestions-accept-all",
//! "suggestions-theme" and "suggestions-accept-theme", "suggestions-clear", "suggestions-more".

use crate::report::added_tags::added_list;
use crate::report::show_more::{show_more, PAGE};
use crate::report::suggestion_check::{theme_label, CheckList};
use crate::shared::Shared;
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use phusong_engine::suggest::{suggest, Suggestions};
use phusong_engine::tags::AcceptedTags;
use phusong_export::text::fmt_date;
use phusong_model::Dataset;
use phusong_words::words;

/// The status line, which takes the focus when no button is left to move it to.
const STATUS: &str = "[data-testid=suggestions-status]";

/// The suggestions for the loaded data (as loaded: the accepted themes do not hide them),
/// computed when first read.
fn use_suggestions(state: AppState) -> Memo<Option<Shared<Suggestions>>> {
    Memo::new(move |_| {
        let loaded = state.loaded.get()?;
        let data = loaded.dataset.as_ref()?;
        Some(Shared(std::sync::Arc::new(suggest(data))))
    })
}

/// `(item id, theme code)` of every suggestion not accepted yet, of `theme` only when given.
fn pending(
    data: &Dataset,
    s: &Suggestions,
    tags: &AcceptedTags,
    theme: Option<u32>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for x in &s.items {
        let Some(item) = data.items.get(x.item as usize) else {
            continue;
        };
        for t in &x.themes {
            if theme.is_some_and(|only| only != t.theme) {
                continue;
            }
            let code = &data.plan.themes[t.theme as usize].code;
            let done = tags.get(item.id()).is_some_and(|c| c.contains(code));
            if !done {
                out.push((item.id().to_owned(), code.clone()));
            }
        }
    }
    out
}

/// The panel (above the report, not printed).
#[component]
pub fn SuggestionsPanel() -> impl IntoView {
    let state = use_app();
    let open = RwSignal::new(false);
    let suggestions = use_suggestions(state);
    let w = move || &words(state.lang.get()).suggest;
    let has_plan = move || {
        state
            .loaded
            .with(|l| l.as_ref().is_some_and(|l| l.dataset.is_some()))
    };
    let counts = move || {
        suggestions.with(|s| {
            s.as_ref()
                .map(|s| (s.items.len(), s.unmatched))
                .unwrap_or_default()
        })
    };
    move || {
        has_plan().then(|| {
            view! {
                <section class="suggestions no-print" data-testid="suggestions" aria-labelledby="suggestions-title"
                    data-suggested=move || open.get().then(|| counts().0)
                    data-unmatched=move || open.get().then(|| counts().1)
                    data-accepted=move || state.added_tags.get().items
                >
                    <h2 id="suggestions-title" class="suggestions-title">
                        <button
                            type="button"
                            class="disclosure"
                            data-testid="suggestions-toggle"
                            aria-expanded=move || open.get().to_string()
                            aria-controls="suggestions-body"
                            on:click=move |_| open.update(|o| *o = !*o)
                        >
                            {move || w().title}
                        </button>
                    </h2>
                    {move || open.get().then(|| view! {
                        <div id="suggestions-body">
                            <p class="hint">{move || w().note}</p>
                            <Body suggestions=suggestions/>
                        </div>
                    })}
                </section>
            }
        })
    }
}

/// The status, the controls, the table and the check, once the panel is open.
#[component]
fn Body(suggestions: Memo<Option<Shared<Suggestions>>>) -> impl IntoView {
    let state = use_app();
    let shown = RwSignal::new(PAGE);
    let chosen_theme = RwSignal::new(String::new());
    let added_shown = RwSignal::new(PAGE);
    // The accepted themes only: the list is not drawn again at every edit of the header.
    let accepted_tags = Memo::new(move |_| state.edits.with(|e| e.tags.clone()));
    move || {
        let lang = state.lang.get();
        let w = &words(lang).suggest;
        let s = suggestions.get()?;
        let loaded = state.loaded.get()?;
        let data = loaded.dataset.as_ref()?;
        let tags = accepted_tags.get();
        let accepted = state.added_tags.get().items as usize;
        let all = pending(data, &s, &tags, None);
        // The themes suggested, in plan order, with how many of their suggestions are pending.
        let mut themes: Vec<(u32, usize)> = Vec::new();
        for x in &s.items {
            for t in &x.themes {
                if !themes.iter().any(|(th, _)| *th == t.theme) {
                    themes.push((t.theme, 0));
                }
            }
        }
        for (_, code) in &all {
            if let Some(e) = themes
                .iter_mut()
                .find(|(th, _)| data.plan.themes[*th as usize].code == *code)
            {
                e.1 += 1;
            }
        }
        themes.sort_unstable();
        let options = themes
            .iter()
            .map(|&(t, n)| {
                let code = data.plan.themes[t as usize].code.clone();
                let label = format!("{} ({n})", theme_label(data, t));
                view! { <option value=code.clone() selected=move || chosen_theme.get() == code>{label}</option> }
            })
            .collect_view();
        let first_code = themes
            .first()
            .map(|&(t, _)| data.plan.themes[t as usize].code.clone())
            .unwrap_or_default();
        let all_count = all.len();
        let accept_all = move |_| state.accept_tags(all.clone());
        let accept_theme = {
            let s = s.clone();
            let loaded = loaded.clone();
            move |_| {
                let Some(data) = loaded.dataset.as_ref() else {
                    return;
                };
                let code = chosen_theme.get_untracked();
                let code = if code.is_empty() {
                    first_code.clone()
                } else {
                    code
                };
                let tags = state.edits.with_untracked(|e| e.tags.clone());
                if let Some(t) = data.plan.theme_index(&code) {
                    state.accept_tags(pending(data, &s, &tags, Some(t)));
                }
            }
        };
        let rows = rows(state, data, &s, &tags, shown.get(), w);
        let rest = s.items.len().saturating_sub(shown.get());
        let table = if s.items.is_empty() {
            view! { <p class="note" data-testid="suggestions-none">{w.none}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="report-table suggestions-table" data-testid="suggestions-table">
                        <caption class="visually-hidden">{w.title}</caption>
                        <thead><tr>
                            <th scope="col" class="date">{w.date}</th>
                            <th scope="col" class="title">{w.item}</th>
                            <th scope="col" class="theme">{w.theme}</th>
                            <th scope="col" class="keyword">{w.keyword}</th>
                            <th scope="col" class="action"><span class="visually-hidden">{w.accept}</span></th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {show_more(rest, shown, "suggestions-more", w)}
            }
            .into_any()
        };
        Some(view! {
            <p class="suggestions-status" role="status" tabindex="-1" data-testid="suggestions-status">
                {(w.status)(s.items.len(), s.unmatched, accepted)}
            </p>
            <div class="suggestions-actions">
                <button type="button" data-testid="suggestions-accept-all" disabled=all_count == 0 on:click=accept_all>
                    {(w.accept_all)(all_count)}
                </button>
                <label class="suggestions-theme">
                    {w.one_theme}" "
                    <select data-testid="suggestions-theme" disabled=themes.is_empty() on:change=move |ev| chosen_theme.set(event_target_value(&ev))>
                        {options}
                    </select>
                </label>
                <button type="button" data-testid="suggestions-accept-theme" disabled=themes.is_empty() on:click=accept_theme>
                    {w.accept_theme}
                </button>
                <button type="button" class="danger" data-testid="suggestions-clear" disabled=tags.is_empty() on:click=move |_| state.clear_tags()>
                    {w.clear}
                </button>
            </div>
            {table}
            {added_list(state, data, &tags, added_shown, STATUS, w)}
            <CheckList suggestions=s.clone()/>
        })
    }
}

/// Once the list is drawn again, moves the focus from the accepted suggestion of row `row`
/// (its button is gone) to the next button to accept (of the rows up to `last`), or else to
/// the status line.
fn focus_after(row: usize, last: usize) {
    let mut next: Vec<String> = (row + 1..=last)
        .map(|r| format!("[data-testid=suggestion-accept][data-row=\"{r}\"]"))
        .collect();
    next.push(STATUS.to_owned());
    leptos::task::spawn_local(async move { crate::browser::focus_first(&next).await });
}

/// The rows of the first `shown` items: one per suggestion, the item's date and title once.
fn rows(
    state: AppState,
    data: &Dataset,
    s: &Suggestions,
    tags: &AcceptedTags,
    shown: usize,
    w: &'static phusong_words::Suggest,
) -> impl IntoView {
    let mut out = Vec::new();
    let mut row = 0usize;
    let last: usize = s.items.iter().take(shown).map(|x| x.themes.len()).sum();
    for x in s.items.iter().take(shown) {
        let Some(item) = data.items.get(x.item as usize) else {
            continue;
        };
        let span = x.themes.len();
        for (k, t) in x.themes.iter().enumerate() {
            row += 1;
            let this = row;
            let code = data.plan.themes[t.theme as usize].code.clone();
            let id = item.id().to_owned();
            let done = tags.get(&id).is_some_and(|c| c.contains(&code));
            let label = theme_label(data, t.theme);
            let accept_label = (w.accept_label)(&label, item.title());
            let head = (k == 0).then(|| {
                view! {
                    <td rowspan=span class="date">{fmt_date(item.date)}</td>
                    <td rowspan=span class="title">{item.title().to_owned()}</td>
                }
            });
            let action = if done {
                view! { <span class="accepted" data-testid="suggestion-accepted">{w.accepted}</span> }.into_any()
            } else {
                let pair = vec![(id.clone(), code.clone())];
                view! {
                    <button type="button" data-testid="suggestion-accept" aria-label=accept_label data-row=this
                        on:click=move |_| {
                            state.accept_tags(pair.clone());
                            focus_after(this, last);
                        }>
                        {w.accept}
                    </button>
                }
                .into_any()
            };
            out.push(view! {
                <tr data-testid="suggestion-row" data-item=id data-theme=code class:accepted=done>
                    {head}
                    <td>{label}</td>
                    <td class="keyword">{t.keyword(&data.plan).to_owned()}</td>
                    <td class="action">{action}</td>
                </tr>
            });
        }
    }
    out
}
