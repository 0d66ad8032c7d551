/**
 * Which build this is: VITE_BRI_VERSION at build time (tests and releases make two builds differ); unset or
 * empty means a local build, `dev`. The one place it is read: the page's status row shows it (`data-build`)
 * for tests and support, and the worker, should it ever report its build, imports it from here too.
 */
export const BUILD_VERSION: string = import.meta.env.VITE_BRI_VERSION || 'dev';
