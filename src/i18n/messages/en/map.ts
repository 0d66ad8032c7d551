/** The map (lazy chunk and the prerendered map section): notes, attributions, controls, place cards. English: the reference (ru/tg must match keys and placeholders). */
export const map = {} as const;
