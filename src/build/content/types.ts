/** The article's front matter once validated: what the pipeline and the page rely on. */
interface StandIn {
  /** Name of the project-made artwork in stand-ins.ts. */
  art: string;
  /** Alt text describing the stand-in itself, so no reader is told they see the author's photo. */
  alt: string;
}

export interface PhotoMeta {
  id: string;
  /** Path relative to the content folder where the real photo is (or will be dropped). */
  file: string;
  caption: string;
  credit: string;
  alt: string;
  standIn?: StandIn;
  /** Map place this photo shows (see src/map), if any. */
  place?: string;
}

export interface ArticleMeta {
  title: string;
  author: string;
  affiliation: string;
  signature?: string;
  lang: string;
  source: { credit: string };
  photos: PhotoMeta[];
}

/** Thrown for invalid content: names the file and the field so the author can fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'ContentError';
  }
}
