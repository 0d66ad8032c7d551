// First bundle: the offline area's translator (messages in src/i18n/messages/<lang>/offline.ts, loaded with the core).
import { coreText } from '../runtime.ts';

export const offlineText = coreText('offline');
