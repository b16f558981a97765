//! Types, loading and validation of `coverage-report/v1`.
