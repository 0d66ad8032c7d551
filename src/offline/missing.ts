// First bundle: turns a list of missing URLs into a few words for the one-line status.

const KINDS: Array<[RegExp, string, string]> = [
  [/\/assets\/photos\//, 'photo', 'photos'],
  [/\.html?(\?|$)|\/(\?|$)/, 'page', 'page'],
  [/\.json(\?|$)/, 'map file', 'map files'],
  [/\.js(\?|$)/, 'script', 'scripts'],
  [/\.css(\?|$)/, 'style', 'styles'],
  [/\.(png|svg|ico|webmanifest)(\?|$)/, 'icon', 'icons'],
  [/\.(woff2?|ttf)(\?|$)/, 'font', 'fonts'],
];

/** "2 photos, 1 script" — what is missing, by kind, most important first. */
export function describeMissing(urls: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const kind = KINDS.findIndex(([re]) => re.test(url));
    const key = kind === -1 ? 'other' : String(kind);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts: string[] = [];
  KINDS.forEach(([, one, many], i) => {
    const n = counts.get(String(i));
    if (n) parts.push(`${n} ${n === 1 ? one : many}`);
  });
  const other = counts.get('other');
  if (other) parts.push(`${other} ${other === 1 ? 'file' : 'files'}`);
  return parts.join(', ');
}
