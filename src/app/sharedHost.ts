import { type HostApi, unavailableHost } from './hostApi';

/**
 * The one {@link HostApi} that the task pane and the ribbon commands share. Both run in the same
 * (shared) runtime and the bundle keeps a single copy of this module, so whatever is installed
 * here is what both sides use.
 */
let current: HostApi = unavailableHost;

/** Installs the workbook host (the Office.js adapter at start-up; a fake in tests). */
export function setSharedHost(host: HostApi): void {
  current = host;
}

/** The host installed by {@link setSharedHost}, or {@link unavailableHost} before that. */
export function getSharedHost(): HostApi {
  return current;
}
