/** Writes public/_headers from src/build/csp.ts and tests/e2e/host-headers.ts: `npx tsx deploy/write-headers.ts`. */
import { writeFileSync } from 'node:fs';
import { renderHeadersFile } from '../tests/e2e/host-headers.ts';

writeFileSync('public/_headers', renderHeadersFile());
console.log('wrote public/_headers');
