//! Counting rules, filters and the summary export.
