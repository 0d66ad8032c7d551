// Every unit test file: the interface words loaded (English, as outside a browser), as main.tsx does first.
import { loadInterface } from '../../src/i18n/runtime.ts';

await loadInterface();
