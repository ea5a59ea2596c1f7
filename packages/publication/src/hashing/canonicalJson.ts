import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JCS) canonical JSON of `value`: sorted keys, ECMAScript number formatting, no whitespace.
 * Dates become their ISO strings first (as JSON.stringify would), so a stored document and its
 * JSON round trip hash alike. `undefined` properties are dropped, as in JSON.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form (undefined or a function).');
  return text;
}
