// Validation problems reported with the field path that caused them, e.g. "elements.2.fontSize".
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path to the offending field; "" for the document itself. */
  path: string;
  message: string;
}

export function pathToString(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.');
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: pathToString(issue.path), message: issue.message }));
}

export function describeIssues(issues: FieldIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > max ? ` (+${issues.length - max} more)` : '';
  return shown.join('; ') + more;
}
