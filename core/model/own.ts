// Reading untrusted keyed data: a key from a file ("toString", "constructor", "valueOf") must
// never find a member of Object.prototype, so every lookup by such a key goes through here.

/** The record's own value for `key`, or undefined; never an inherited member. */
export function ownValue<V>(record: Readonly<Record<string, V>> | Partial<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? (record as Record<string, V>)[key] : undefined;
}
