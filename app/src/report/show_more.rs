//! "Xem thêm" under the lists of "Gợi ý nội dung": the rows shown at first, and the line
//! "Còn 12 tin, bài khác." with the button that shows more (one view for every list).

use leptos::prelude::*;
use phusong_words::Suggest;

/// Rows shown at first, and added by "Xem thêm".
pub const PAGE: usize = 20;

/// "Còn `rest` tin, bài khác." and "Xem thêm" (data-testid `testid`), which shows `PAGE` more
/// of the list whose `shown` rows are drawn; nothing when none is left.
pub fn show_more(
    rest: usize,
    shown: RwSignal<usize>,
    testid: &'static str,
    w: &'static Suggest,
) -> Option<impl IntoView> {
    (rest > 0).then(|| {
        view! {
            <p class="suggestions-more">
                {(w.rest)(rest)}" "
                <button type="button" data-testid=testid on:click=move |_| shown.update(|n| *n += PAGE)>
                    {w.more}
                </button>
            </p>
        }
    })
}
