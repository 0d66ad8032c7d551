// Loaded lazily with Export and Import: the W3C Web Annotation format this app writes and reads.
// Documented in ../README.md ("Export format"); change both together.
import type { Bookmark, Highlight, Tombstone } from '../../shared/types.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/**
 * Our extension of the AnnotationCollection: the removals this device knows of, as `{ id, deleted }`. The
 * `bri:` prefix is not in the Web Annotation context, so JSON-LD processors and other annotation tools drop it.
 */
export const DELETED_KEY = 'bri:deleted';
const RFC3986 = 'http://tools.ietf.org/rfc/rfc3986';

/** What the export says about the article. */
export interface ExportMeta {
  title: string;
  author: string;
  /** The article's URL (or another stable id); every annotation's `target.source`. */
  source: string;
  /** Paragraph ids in reading order; bookmarks are listed in this order in Markdown (else by date). */
  paragraphOrder?: readonly string[];
}

function highlightAnnotation(h: Highlight, source: string) {
  const { quote } = h.anchor;
  const tag = { type: 'TextualBody', purpose: 'tagging', value: `color:${h.color}` };
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.created,
    modified: h.modified,
    body: h.note ? [{ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' }, tag] : [tag],
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: h.anchor.position.start, end: h.anchor.position.end },
      ],
      'bri:paragraphId': h.anchor.paragraphId,
      'bri:contentVersion': h.anchor.contentVersion,
    },
  };
}

function bookmarkAnnotation(b: Bookmark, source: string) {
  return {
    id: `urn:uuid:${b.id}`,
    type: 'Annotation',
    motivation: 'bookmarking',
    created: b.created,
    body: { type: 'TextualBody', purpose: 'describing', value: b.label, format: 'text/plain' },
    target: {
      source,
      selector: {
        type: 'FragmentSelector',
        conformsTo: RFC3986,
        value: b.paragraphId,
        refinedBy: { type: 'TextPositionSelector', start: b.offset, end: b.offset },
      },
    },
  };
}

/**
 * The highlights, notes and bookmarks as a W3C Web Annotation AnnotationCollection (JSON text). Tombstones of
 * removed ones, when given, travel in the `bri:deleted` extension, so importing the file removes them too.
 */
export function exportAnnotations(
  highlights: readonly Highlight[],
  bookmarks: readonly Bookmark[],
  meta: ExportMeta,
  tombstones: readonly Tombstone[] = [],
): string {
  const items = [
    ...highlights.map((h) => highlightAnnotation(h, meta.source)),
    ...bookmarks.map((b) => bookmarkAnnotation(b, meta.source)),
  ];
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: `Highlights, notes and bookmarks: ${meta.title}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
    ...(tombstones.length
      ? { [DELETED_KEY]: tombstones.map((t) => ({ id: `urn:uuid:${t.id}`, deleted: t.deleted })) }
      : {}),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
