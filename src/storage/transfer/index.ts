// The lazy entry for Export and Import (`import('…/storage/transfer')`): not in the first bundle.
// One module per job: the W3C format, the Markdown export, the checking of a file, the merge.
export { exportMarkdown } from './markdown.ts';
export { type Annotations, importAll, mergeAnnotations } from './merge.ts';
export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ITEMS,
  parseImport,
} from './parse.ts';
export { type ExportMeta, exportAnnotations } from './w3c.ts';
