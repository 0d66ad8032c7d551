/**
 * Which build this is, for the page's status row (`data-build`) and the worker's answer to the page: one value,
 * so the two can be compared. VITE_BRI_VERSION at build time (tests and releases make two builds differ);
 * unset or empty means a local build, `dev`. Ships in the first bundle and in the worker (a few bytes).
 */
export const BUILD_VERSION: string = import.meta.env.VITE_BRI_VERSION || 'dev';
