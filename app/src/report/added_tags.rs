//! "Đã gắn bổ sung" in "Gợi ý nội dung": the items the author tagged, each with the themes
//! added (`phusong_engine::tags::added_themes`) and a "Bỏ" button that removes that item's
//! (`AppState::remove_tags`, stored like every edit). Not printed.
//!
//! Test hooks: "accepted-tags" (`data-count`: the items listed in all), an item
//! "accepted-tag" each (`data-item`), its button "remove-tag" (`data-index`: its place among
//! those shown), "accepted-tags-more".

use crate::report::show_more::show_more;
use crate::report::suggestion_check::theme_label;
use crate::state::AppState;
use leptos::prelude::*;
use phusong_engine::tags::{added_themes, AcceptedTags};
use phusong_export::text::fmt_date;
use phusong_model::Dataset;
use phusong_words::Suggest;

/// Once the item `index` is gone, moves the focus to the "Bỏ" now at its place, or the one
/// before it, or else to `fallback` (none is left).
fn focus_after_removal(index: usize, fallback: &'static str) {
    let button = |i: usize| format!("[data-testid=remove-tag][data-index=\"{i}\"]");
    let mut next = vec![button(index)];
    if let Some(before) = index.checked_sub(1) {
        next.push(button(before));
    }
    next.push(fallback.to_owned());
    leptos::task::spawn_local(async move { crate::browser::focus_first(&next).await });
}

/// The list of the items `tags` add themes to in `data` (none when there are none), each as
/// "date – title: themes added" with its "Bỏ": the first `shown`, then "Xem thêm". The focus
/// goes to `fallback` once none is left.
pub fn added_list(
    state: AppState,
    data: &Dataset,
    tags: &AcceptedTags,
    shown: RwSignal<usize>,
    fallback: &'static str,
    w: &'static Suggest,
) -> Option<impl IntoView> {
    let added = added_themes(data, tags);
    let count = added.len();
    let items = added
        .iter()
        .take(shown.get())
        .enumerate()
        .filter_map(|(index, (at, themes))| {
            let item = data.items.get(*at)?;
            let id = item.id().to_owned();
            let themes: Vec<String> = themes.iter().map(|&t| theme_label(data, t)).collect();
            let text = format!(
                "{} – {}: {} ",
                fmt_date(item.date),
                item.title(),
                themes.join("; ")
            );
            let remove = id.clone();
            Some(view! {
                <li data-testid="accepted-tag" data-item=id>
                    {text}
                    <button type="button" data-testid="remove-tag" data-index=index
                        aria-label=(w.remove_label)(item.title())
                        on:click=move |_| {
                            state.remove_tags(&remove);
                            focus_after_removal(index, fallback);
                        }>
                        {w.remove}
                    </button>
                </li>
            })
        })
        .collect_view();
    let rest = count.saturating_sub(shown.get());
    (count > 0).then(|| {
        view! {
            <div class="suggestions-added" data-testid="accepted-tags" data-count=count>
                <h3>{format!("{} ({count})", w.added_title)}</h3>
                <ul>{items}</ul>
                {show_more(rest, shown, "accepted-tags-more", w)}
            </div>
        }
    })
}
