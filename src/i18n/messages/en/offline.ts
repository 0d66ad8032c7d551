/** Offline status, Install (and the iPhone/iPad hint), the update prompt, storage details (first bundle). English: the reference (ru/tg must match keys and placeholders). */
export const offline = {} as const;
