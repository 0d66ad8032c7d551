/** Share highlights and a shared link arriving (lazy chunks): the dialog, the QR code, the prompt. English: the reference (ru/tg must match keys and placeholders). */
export const share = {} as const;
