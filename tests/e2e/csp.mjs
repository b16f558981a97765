// Helpers to read a Content-Security-Policy string in assertions.

/** 'a b; c d e' -> Map { a => ['b'], c => ['d', 'e'] } */
export function parseCsp(policy) {
  const map = new Map();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}
