// First bundle: the offline machinery's public face, mounted by src/reader.
import { watchInstall } from './install.ts';
import { type OfflineOptions, startOffline as startBridge } from './sw-bridge.ts';

export { InstallButton } from './InstallButton/index.tsx';
export { OfflineStatus } from './OfflineStatus/index.tsx';
export { requestPersistence } from './persistence.ts';
export { StorageDetails } from './StorageDetails/index.tsx';
export type { OfflineOptions } from './sw-bridge.ts';
export { UpdatePrompt } from './UpdatePrompt/index.tsx';

/** Call once at startup: watches the install offer and registers the worker after `load`. */
export function startOffline(options: OfflineOptions = {}): void {
  watchInstall();
  startBridge(options);
}
