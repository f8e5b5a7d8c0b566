// The one SHA-256 of every room (bundles name assets by content hash; the library, the image
// store and recovery names use it too), from @noble/hashes: synchronous, and the same in the
// browser, Node and core/ (which may not use Node's crypto).
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The 32-byte SHA-256 digest of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}

/**
 * The same digest as hex, through the platform's Web Crypto where there is one (browsers in a
 * secure context, Node): a large photo then hashes without blocking the editor or the main
 * process. Elsewhere it is sha256Hex.
 */
export async function sha256HexAsync(data: Uint8Array): Promise<string> {
  const subtle = typeof crypto === 'undefined' ? undefined : crypto.subtle;
  if (!subtle) return sha256Hex(data);
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)));
}

/** The digest as 64 lowercase hex digits; a string is hashed as UTF-8. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(nobleSha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}
