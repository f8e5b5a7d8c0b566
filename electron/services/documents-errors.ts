// Turns a bundle validation problem into the services' PlacardError, keeping its code, the
// entry and field it names, and the file it came from.
import type { BundleIssue } from '../../core/bundle';
import { PlacardError } from './errors';

export function bundleIssueToError(problem: BundleIssue, filePath?: string): PlacardError {
  const params = { ...problem.params, ...(filePath ? { path: filePath } : {}) };
  const message = filePath ? `${filePath}: ${problem.message}` : problem.message;
  return new PlacardError(problem.code, message, params);
}
