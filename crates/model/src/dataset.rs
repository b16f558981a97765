//! The validated, merged dataset: only accepted records, references resolved to indexes.

use crate::vocab::{Format, Level, OutletKind, Tone};
use chrono::NaiveDate;

pub use crate::item_text::ItemText;

/// Index of a theme in [`Plan::themes`].
pub type ThemeIdx = u32;
/// Index of an outlet in [`Dataset::outlets`].
pub type OutletIdx = u32;
/// Index of a contract in [`Dataset::contracts`].
pub type ContractIdx = u32;
/// Index of an event in [`Plan::events`].
pub type EventIdx = u32;

/// Cơ quan báo cáo: the issuing body of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Issuing body, e.g. "Sở Thông tin và Truyền thông tỉnh Thanh Hóa".
    pub name: String,
    /// Governing body shown above it, e.g. "UBND TỈNH THANH HÓA".
    pub parent: Option<String>,
    /// Place used in the dateline.
    pub place: Option<String>,
}

/// Kỳ báo cáo: an inclusive date range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
}

impl Period {
    /// Whether `date` lies in the period, both ends included.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// Nội dung tuyên truyền trọng tâm: one theme of the tree, flattened depth-first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Unique code, e.g. "1.2".
    pub code: String,
    /// Name.
    pub name: String,
    /// Planned number of items, when given.
    pub target: Option<u64>,
    /// Keywords that suggest this theme.
    pub keywords: Vec<String>,
    /// Parent theme, `None` for a top-level theme.
    pub parent: Option<ThemeIdx>,
    /// Depth in the tree: 0 for top level.
    pub depth: u32,
    /// One past the last descendant: descendants are `self_index + 1 .. subtree_end`.
    pub subtree_end: ThemeIdx,
}

/// Sự kiện, ngày kỷ niệm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Unique id.
    pub id: String,
    /// Name.
    pub name: String,
    /// The day.
    pub date: NaiveDate,
    /// Theme it belongs to.
    pub theme: Option<ThemeIdx>,
}

/// Kế hoạch: the plan the report tracks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Identifier, e.g. "KH-2024".
    pub id: String,
    /// Title.
    pub title: String,
    /// Reporting year.
    pub year: i32,
    /// Period (default: the calendar year).
    pub period: Period,
    /// Themes, depth-first in file order.
    pub themes: Vec<Theme>,
    /// Events in file order.
    pub events: Vec<Event>,
}

impl Plan {
    /// The index of the theme with this code.
    pub fn theme_index(&self, code: &str) -> Option<ThemeIdx> {
        self.themes
            .iter()
            .position(|t| t.code == code)
            .and_then(|i| ThemeIdx::try_from(i).ok())
    }

    /// The top-level ancestor of a theme (itself when top level).
    pub fn top_level_of(&self, mut idx: ThemeIdx) -> ThemeIdx {
        while let Some(parent) = self.themes.get(idx as usize).and_then(|t| t.parent) {
            idx = parent;
        }
        idx
    }
}

/// Cơ quan báo chí.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    /// Unique id, e.g. "nhandan".
    pub id: String,
    /// Name.
    pub name: String,
    /// Level.
    pub level: Level,
    /// Kind, when given.
    pub kind: Option<OutletKind>,
}

/// Một dòng sản phẩm đặt hàng of a contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deliverable {
    /// What is ordered.
    pub format: Format,
    /// How many (≥ 1).
    pub quantity: u64,
    /// Themes it is meant to cover.
    pub themes: Vec<ThemeIdx>,
}

/// Hợp đồng đặt hàng tuyên truyền.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contract {
    /// Contract number.
    pub id: String,
    /// The outlet.
    pub outlet: OutletIdx,
    /// Subject.
    pub title: Option<String>,
    /// Signing date.
    pub signed: Option<NaiveDate>,
    /// Term.
    pub term: Period,
    /// Value in đồng.
    pub value_vnd: u64,
    /// Deliverables as written (≥ 1).
    pub deliverables: Vec<Deliverable>,
}

/// Theme tags of an item: most items have one to three, kept inline (no allocation).
pub type ThemeList = smallvec::SmallVec<[ThemeIdx; 3]>;

/// Tin, bài: one accepted coverage item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageItem {
    /// Id, headline, link and abstract, in one allocation (see [`ItemText`]).
    pub text: ItemText,
    /// Publication date.
    pub date: NaiveDate,
    /// The outlet that published it.
    pub outlet: OutletIdx,
    /// Format.
    pub format: Format,
    /// Theme tags (deduplicated, in file order).
    pub themes: ThemeList,
    /// The contract it was delivered under.
    pub contract: Option<ContractIdx>,
    /// The event it covers.
    pub event: Option<EventIdx>,
    /// Tone, when rated.
    pub tone: Option<Tone>,
    /// Reach, when measured.
    pub reach: Option<u64>,
    /// Whether the date lies in the plan period (only such items count).
    pub in_period: bool,
}

impl CoverageItem {
    /// Unique id.
    pub fn id(&self) -> &str {
        self.text.id()
    }

    /// Headline (NFC).
    pub fn title(&self) -> &str {
        self.text.title()
    }

    /// Link, when given and non-empty (not necessarily http).
    pub fn url(&self) -> Option<&str> {
        self.text.url()
    }

    /// Short abstract (NFC), when given.
    pub fn summary(&self) -> Option<&str> {
        self.text.summary()
    }
}

/// The merged, validated dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    /// Issuing body, if any file gave one.
    pub organization: Option<Organization>,
    /// The plan.
    pub plan: Plan,
    /// Accepted outlets in load order.
    pub outlets: Vec<Outlet>,
    /// Accepted contracts in load order.
    pub contracts: Vec<Contract>,
    /// Accepted coverage items in load order (also those outside the period).
    pub items: Vec<CoverageItem>,
}
