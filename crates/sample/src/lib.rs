//! Deterministic sample datasets in the `coverage-report/v1` format (placeholder until implemented).
