// Compares summary JSON the way the conformance README says: integers and strings exactly,
// non-integer numbers (ratios) within 1e-9, same array lengths. The expected summaries
// predate the additive fields of v1 (data-format.md, "Additions"), so they are compared as
// a subset: every expected field must be there and equal; a field not expected is allowed
// only if it is one of ADDITIONS (as crates/engine/src/subset.rs does).

/** The additive fields of coverage-report-summary/v1 as paths (`[]`: any element). */
export const ADDITIONS = [
  '$.as_of',
  '$.months[].tone',
  '$.tone_alerts',
  '$.contracts[].value_per_delivered_vnd',
  '$.value_by_level',
  '$.comparison',
];

/** Returns the list of differences between `actual` and `expected` (empty when equal). */
export function summaryDiff(actual, expected, at = '$', pattern = '$') {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isInteger(expected) && Number.isInteger(actual)) {
      return actual === expected ? [] : [`${at}: ${actual} ≠ ${expected}`];
    }
    return Math.abs(actual - expected) <= 1e-9 ? [] : [`${at}: ${actual} ≠ ${expected} (±1e-9)`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: not an array`];
    if (actual.length !== expected.length) return [`${at}: ${actual.length} elements ≠ ${expected.length}`];
    return expected.flatMap((e, i) => summaryDiff(actual[i], e, `${at}[${i}]`, `${pattern}[]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${at}: not an object`];
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((k) =>
      !(k in actual)
        ? [`${at}.${k}: missing`]
        : !(k in expected)
          ? ADDITIONS.includes(`${pattern}.${k}`)
            ? []
            : [`${at}.${k}: unexpected`]
          : summaryDiff(actual[k], expected[k], `${at}.${k}`, `${pattern}.${k}`),
    );
  }
  return actual === expected ? [] : [`${at}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
