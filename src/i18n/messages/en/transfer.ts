/** Export and import (lazy chunk): the exported Markdown's headings, import problems and results. English: the reference (ru/tg must match keys and placeholders). */
export const transfer = {} as const;
