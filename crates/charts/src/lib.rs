//! SVG charts of a coverage report (placeholder until implemented).
