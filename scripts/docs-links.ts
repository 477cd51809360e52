/**
 * Checks the Markdown files of the repository: every relative link and `#anchor` must resolve,
 * and every backticked source path (`src/…`, `client/src/…`) must exist. Run by
 * `scripts/docs-links.spec.ts` in `npm test`; on its own: `npx ts-node scripts/docs-links.ts`.
 *
 * Markdown is parsed with markdown-it, so code blocks, inline code and link syntax are read as
 * a renderer reads them (a `#` comment in a fenced block is not a heading, a `[x](y)` inside
 * backticks is not a link).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;

const markdown = new MarkdownIt({ html: true });

export interface DocProblem {
  file: string;
  line: number;
  message: string;
}

/** What one Markdown file holds that can break. */
export interface DocReferences {
  /** The anchors its headings make, as GitHub makes them. */
  anchors: Set<string>;
  links: { target: string; line: number }[];
  /** Inline code spans that name a path with a `src/` segment. */
  sourcePaths: { path: string; line: number }[];
}

/**
 * GitHub's heading anchor: lower-cased; everything but letters, marks, digits, connector
 * punctuation (`_`), hyphens and spaces removed; each space a hyphen. Repeats get `-1`, `-2`….
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The text a heading renders to: inline code without its backticks, link text, no HTML. */
function inlineText(inline: Token): string {
  return (inline.children ?? [])
    .filter((child) => child.type === 'text' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('');
}

const SOURCE_PATH = /^(?:[\w.-]+\/)*src\/[^\s]*$/;

export function readReferences(text: string): DocReferences {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const links: DocReferences['links'] = [];
  const sourcePaths: DocReferences['sourcePaths'] = [];
  const tokens = markdown.parse(text, {});
  tokens.forEach((token, index) => {
    if (token.type !== 'inline') return;
    // Children carry no line of their own: count the line breaks of the paragraph instead.
    let line = (token.map?.[0] ?? 0) + 1;
    if (tokens[index - 1]?.type === 'heading_open') {
      const base = slugify(inlineText(token));
      const repeats = seen.get(base) ?? 0;
      seen.set(base, repeats + 1);
      anchors.add(repeats === 0 ? base : `${base}-${repeats}`);
    }
    for (const child of token.children ?? []) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1;
      if (child.type === 'link_open')
        links.push({ target: String(child.attrGet('href') ?? ''), line });
      if (child.type === 'image') links.push({ target: String(child.attrGet('src') ?? ''), line });
      if (child.type === 'html_inline') {
        for (const match of child.content.matchAll(/\b(?:href|src)="([^"]*)"/g)) {
          links.push({ target: match[1], line });
        }
        for (const match of child.content.matchAll(/\b(?:id|name)="([^"]*)"/g)) {
          anchors.add(match[1]);
        }
      }
      if (child.type === 'code_inline' && SOURCE_PATH.test(child.content)) {
        sourcePaths.push({ path: child.content, line });
      }
    }
  });
  return { anchors, links, sourcePaths };
}

/** A URL with a scheme (`https:`, `mailto:`) or a protocol-relative one: not checked here. */
function isExternal(target: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('//');
}

/** Whether a path exists; a `*` in its last segment matches any run of characters. */
function pathExists(path: string): boolean {
  if (!path.includes('*')) return existsSync(path);
  const dir = dirname(path);
  const pattern = new RegExp(
    `^${posix
      .basename(path)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return existsSync(dir) && readdirSync(dir).some((name) => pattern.test(name));
}

/**
 * Every broken reference in the given Markdown files (paths relative to `root`). Relative links
 * resolve against the file's folder; a source path against the repository root or, for a
 * package's own README (`client/README.md` naming `src/index.ts`), against the file's folder.
 */
export function checkDocs(root: string, files: string[]): DocProblem[] {
  const references = new Map<string, DocReferences>();
  const referencesOf = (file: string): DocReferences => {
    let found = references.get(file);
    if (!found) {
      found = readReferences(readFileSync(join(root, file), 'utf8'));
      references.set(file, found);
    }
    return found;
  };
  const problems: DocProblem[] = [];
  for (const file of files) {
    const { links, sourcePaths } = referencesOf(file);
    const folder = dirname(join(root, file));
    for (const { target, line } of links) {
      if (target === '' || isExternal(target)) continue;
      const hashAt = target.indexOf('#');
      const pathPart = decodeURI(hashAt === -1 ? target : target.slice(0, hashAt));
      const anchor = hashAt === -1 ? undefined : decodeURIComponent(target.slice(hashAt + 1));
      const absolute = pathPart === '' ? join(root, file) : resolve(folder, pathPart);
      if (!existsSync(absolute)) {
        problems.push({ file, line, message: `link to a missing file: ${target}` });
        continue;
      }
      if (anchor === undefined || !absolute.endsWith('.md') || !statSync(absolute).isFile()) {
        continue;
      }
      const linked = relative(root, absolute);
      if (!referencesOf(linked).anchors.has(anchor)) {
        problems.push({ file, line, message: `no heading #${anchor} in ${linked}: ${target}` });
      }
    }
    for (const { path, line } of sourcePaths) {
      if (!pathExists(join(root, path)) && !pathExists(join(folder, path))) {
        problems.push({ file, line, message: `source path does not exist: ${path}` });
      }
    }
  }
  return problems;
}

/** The repository's Markdown files: tracked, and new ones git does not ignore. */
export function markdownFiles(root: string): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.md'],
    { cwd: root, encoding: 'utf8' },
  );
  return listed
    .split('\n')
    .filter((file) => file !== '' && existsSync(join(root, file)))
    .sort();
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  const problems = checkDocs(root, markdownFiles(root));
  for (const { file, line, message } of problems) console.log(`${file}:${line}: ${message}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
