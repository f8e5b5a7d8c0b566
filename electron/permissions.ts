// Web permissions for the app's windows: the page's own Copy and Paste reach the system clipboard
// (Chromium asks for 'clipboard-sanitized-write' and 'clipboard-read'), and only for the app's own
// origin; everything else (camera, location, notifications, devices...) is denied.
import { APP_ORIGIN } from './protocol';

const ALLOWED = new Set(['clipboard-sanitized-write', 'clipboard-read']);

/** scheme://host of a URL ('' when it is not one); URL.origin is "null" for custom schemes like app:. */
function originOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '';
  }
}

export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED.has(permission) && originOf(requestingUrl) === APP_ORIGIN;
}
