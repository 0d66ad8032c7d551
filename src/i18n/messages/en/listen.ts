/** Listen (lazy chunk): statuses, alerts, Voice and Speed, Back to the voice. English: the reference (ru/tg must match keys and placeholders). */
export const listen = {} as const;
