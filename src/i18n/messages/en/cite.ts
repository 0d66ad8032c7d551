/** Cite (lazy chunk): the dialog and its style names. English: the reference (ru/tg must match keys and placeholders). */
export const cite = {} as const;
