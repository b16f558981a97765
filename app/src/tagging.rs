//! The themes the author accepted from the suggestions ("gắn bổ sung", `Edits::tags`):
//! the loaded data with them added (what the report counts), how many they add, and the
//! copies of the source files that carry them ("Lưu dữ liệu dạng JSON"). What the views do
//! to them (accept, clear) are `AppState` methods, stored like every edit. Nothing draws here.

use crate::shared::{Shared, SourceBytes};
use phusong_engine::tags::{apply_tags, count_added, tagged_json, AcceptedTags, Added};
use phusong_model::{Dataset, Loaded};
use std::sync::Arc;

/// `loaded` with `tags` added to its items: a copy when they add something, else `loaded`
/// itself (so a report counted ahead for it still serves).
pub fn tag(loaded: Shared<Loaded>, tags: &AcceptedTags) -> Shared<Loaded> {
    let Some(data) = loaded.dataset.as_ref() else {
        return loaded;
    };
    if count_added(data, tags).items == 0 {
        return loaded;
    }
    let mut copy = Loaded::clone(&loaded);
    if let Some(data) = copy.dataset.as_mut() {
        apply_tags(data, tags);
    }
    Shared(Arc::new(copy))
}

/// What `tags` add to `data`.
pub fn added(data: Option<&Dataset>, tags: &AcceptedTags) -> Added {
    data.map(|d| count_added(d, tags)).unwrap_or_default()
}

/// The `coverage-report/v1` JSON a loaded file gives: a spreadsheet's conversion, or a
/// JSON file's own bytes.
fn json_of(file: &SourceBytes) -> Option<&[u8]> {
    match &file.conversion {
        Some(c) => Some(c.json.filled()),
        None if file.name.to_lowercase().ends_with(".json") => Some(file.shared.filled()),
        None => None,
    }
}

/// What "Lưu dữ liệu dạng JSON" saves of `file`, with the accepted `tags`: its name and
/// JSON when it is a spreadsheet's conversion or its items gain accepted themes.
pub fn saved_json(file: &SourceBytes, tags: &AcceptedTags) -> Option<(String, Vec<u8>)> {
    let json = json_of(file)?;
    let stem = file
        .name
        .rsplit_once('.')
        .map_or(file.name.as_str(), |(s, _)| s);
    let name = format!("{stem}.json");
    match tagged_json(json, tags) {
        Some(tagged) => Some((name, tagged.into_bytes())),
        None => file.conversion.is_some().then(|| (name, json.to_vec())),
    }
}
