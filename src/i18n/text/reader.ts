// First bundle: the reader area's translator (messages in src/i18n/messages/<lang>/reader.ts, loaded with the core).
import { coreText } from '../runtime.ts';

export const readerText = coreText('reader');
