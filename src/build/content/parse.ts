import { readFileSync } from 'node:fs';
import { type Token, Lexer } from 'marked';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './types.ts';

/** A content file split into its raw front matter and Markdown tokens, not yet checked. */
export interface ParsedContent {
  file: string;
  frontMatter: unknown;
  tokens: Token[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Step 1: read a Markdown file with YAML front matter and tokenise its body. */
export function parseContent(file: string, source = readFileSync(file, 'utf8')): ParsedContent {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new ContentError(file, 'front matter', 'the file must start with a "---" YAML block');
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new ContentError(file, 'front matter', `is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const body = source.slice(match[0].length);
  // GFM off: the article is prose, and autolinks or tables would only change the author's text.
  const tokens = new Lexer({ gfm: false }).lex(body);
  return { file, frontMatter, tokens };
}
