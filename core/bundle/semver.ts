// Semantic versions (semver.org 2.0.0) for pack manifests: which decides whether an import is an
// update. Precedence comes from the `semver` package; the pattern stays here because it is also a
// limit on untrusted manifests (at most 9 digits per number, nothing loose).
import semverCompare from 'semver/functions/compare.js';
import semverParse from 'semver/functions/parse.js';

export const SEMVER_PATTERN =
  /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-((?:0|[1-9]\d{0,8}|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d{0,8}|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

export function parseSemver(text: string): SemVer | null {
  if (!SEMVER_PATTERN.test(text)) return null;
  const v = semverParse(text);
  return v ? { major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease.map(String) } : null;
}

/** Negative when a < b, zero when equal in precedence (build metadata is ignored), positive when a > b. */
export function compareSemver(a: string, b: string): number {
  for (const v of [a, b]) if (!parseSemver(v)) throw new Error(`not a semantic version: ${v}`);
  return semverCompare(a, b);
}
