//! The words of the analysis parts (issue 24): tone by month and its alerts, money per
//! delivered product, and the comparison with last year ("Năm trước để so sánh"). Column
//! heads, the app's labels and messages, and the shape of the sentences the narrative
//! drafts from these numbers; each language gives one [`Analysis`] in its file.

/// A change from last year as written: up (`true`) or down, and by how much ("12,4 %");
/// `None` when it is the same.
pub type Change<'a> = Option<(bool, &'a str)>;

/// The words and sentences of the analysis parts, in one language.
#[derive(Debug)]
pub struct Analysis {
    /// Column heads.
    pub previous_year: &'static str,
    pub change: &'static str,
    pub per_delivered: &'static str,
    pub value_delivered: &'static str,
    pub value_remaining: &'static str,
    pub contracts: &'static str,
    pub negative: &'static str,
    pub earlier_mean: &'static str,
    pub total: &'static str,
    /// The noun of a list of months ("và 2 tháng khác").
    pub noun_months: &'static str,
    /// The alerts part: its rule in words, and what it says when no month is flagged.
    pub alert_rule: &'static str,
    pub no_alerts: &'static str,
    /// "Tháng 03/2025": a flagged month's heading, from the month as written.
    pub alert_heading: fn(month: &str, negative: &str, mean: &str) -> String,
    /// The comparison control.
    pub baseline_title: &'static str,
    pub baseline_choose: &'static str,
    pub baseline_hint: &'static str,
    pub baseline_remove: &'static str,
    pub baseline_whole_year: &'static str,
    /// Said while a filter applies: last year's whole figures are not set beside a part of
    /// this year's, so the columns and the sentence wait until the filters are cleared.
    pub baseline_filtered: &'static str,
    /// "So sánh với kế hoạch KH-2024 năm 2024".
    pub baseline_loaded: fn(plan: &str, year: i32) -> String,
    /// Why a baseline is refused.
    pub baseline_not_json: &'static str,
    pub baseline_not_summary: &'static str,
    pub baseline_no_plan: &'static str,
    pub baseline_same: fn(plan: &str, year: i32) -> String,
    /// The narrative: negative coverage flagged in some months (count, list of
    /// [`Analysis::alert_month`]).
    pub alerts: fn(months: u64, list: &str) -> String,
    /// One flagged month in that list.
    pub alert_month: fn(month: &str, negative: &str, mean: &str) -> String,
    /// The narrative's money sentence: value of the contracts, of what was delivered, its
    /// share, what remains.
    pub money: fn(value: &str, delivered: &str, share: &str, remaining: &str) -> String,
    /// " bình quân … cho mỗi sản phẩm đã thực hiện".
    pub money_per_product: fn(per: &str) -> String,
    /// The narrative's comparison with last year: the items now, the change (`None`: the
    /// same), up or down, last year's year and items.
    pub change_items: fn(now: &str, change: Change, year: i32, before: &str) -> String,
}
