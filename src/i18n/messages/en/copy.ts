/** Save a copy (lazy chunk): the dialog and the words inside the one-file edition. English: the reference (ru/tg must match keys and placeholders). */
export const copy = {} as const;
