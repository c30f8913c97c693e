import { type HostApi, unavailableHost } from './hostApi';

/**
 * The one {@link HostApi} that the task pane and the ribbon commands share. Both run in the same
 * (shared) runtime and the bundle keeps a single copy of this module, so whatever is installed
 * here is what both sides use.
 */
let current: HostApi = unavailableHost;
let installed = false;
const waiting: ((host: HostApi) => void)[] = [];

/**
 * Installs the host: the Office.js adapter when Office.js reports Excel, or {@link unavailableHost}
 * anywhere else (so that a ribbon command waiting in {@link whenSharedHost} still finishes).
 */
export function setSharedHost(host: HostApi): void {
  current = host;
  installed = true;
  for (const resolve of waiting.splice(0)) resolve(host);
}

/** The host installed by {@link setSharedHost}, or {@link unavailableHost} before that. */
export function getSharedHost(): HostApi {
  return current;
}

/**
 * The host once one is installed. The ribbon's functions are associated as the page loads, before
 * Office.js is ready and the task pane installs the host; a click that arrives in between waits
 * here rather than failing.
 */
export function whenSharedHost(): Promise<HostApi> {
  return installed ? Promise.resolve(current) : new Promise((resolve) => waiting.push(resolve));
}
