//! The words of the tables, from the word catalogue (`phusong-words`): column heads,
//! statuses and appendix words ([`phusong_words::Columns`]); a table's title is its
//! section's ([`phusong_words::Section::title`]).

use phusong_engine::ContractStatus;
use phusong_model::Lang;
use phusong_words::Columns;

/// The column words of `lang`.
pub(crate) fn words(lang: Lang) -> &'static Columns {
    &phusong_words::words(lang).columns
}

/// A contract status in words: "Chậm tiến độ" / "Behind pace".
pub(crate) fn status_label(status: ContractStatus, lang: Lang) -> &'static str {
    let w = words(lang);
    match status {
        ContractStatus::Done => w.done,
        ContractStatus::OnPace => w.on_pace,
        ContractStatus::Behind => w.behind,
        ContractStatus::NotStarted => w.not_started,
    }
}
