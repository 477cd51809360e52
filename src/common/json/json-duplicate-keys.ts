import { keyPath } from './json-shape';

interface ObjectFrame {
  kind: 'object';
  path: string;
  seen: Set<string>;
  key: string;
}

interface ArrayFrame {
  kind: 'array';
  path: string;
  index: number;
}

type Frame = ObjectFrame | ArrayFrame;

/** What one pass over a JSON text found. */
export interface JsonTextScan {
  /** The path of every repeated key (`attributes.name`, `list[1].k`), in text order. */
  duplicates: string[];
  /** Whether objects and arrays nest deeper than `maxDepth`; the scan stops there. */
  tooDeep: boolean;
}

/**
 * One linear pass over JSON text, without building anything: repeated keys and nesting depth.
 * JSON.parse keeps the last of two equal keys without a word (a policy file holding
 * `"write": false, ..., "write": true` would silently grant write access; a request body could
 * carry two `attributes` objects), and code that walks a parsed value recursively (class-transformer
 * does) overflows the stack on a few thousand levels. Iterative and total: it never throws and
 * always ends, even on text JSON.parse would refuse, so it can run before parsing — on malformed
 * text its findings are only a best effort, and the parser reports the syntax error.
 */
export function scanJsonText(text: string, options: { maxDepth?: number } = {}): JsonTextScan {
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const duplicates: string[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const end = endOfString(text, index);
      if (expectKey && top?.kind === 'object') {
        top.key = decodeKey(text.slice(index, end));
        if (top.seen.has(top.key)) duplicates.push(keyPath(top.path, top.key));
        top.seen.add(top.key);
      }
      expectKey = false;
      index = end;
      continue;
    }
    if (char === '{' || char === '[') {
      if (stack.length >= maxDepth) return { duplicates, tooDeep: true };
      const path = childPath(top);
      stack.push(
        char === '{'
          ? { kind: 'object', path, seen: new Set(), key: '' }
          : { kind: 'array', path, index: 0 },
      );
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top?.kind === 'array') {
      top.index += 1;
    }
    // A key comes right after `{`, or after a comma inside an object.
    expectKey = char === '{' || (char === ',' ? top?.kind === 'object' : expectKey);
    index += 1;
  }
  return { duplicates, tooDeep: false };
}

/**
 * The path of every repeated key, for text JSON.parse has already accepted (the policy file).
 * No depth limit: the file is the operator's, not a caller's.
 */
export function findDuplicateJsonKeys(text: string): string[] {
  return scanJsonText(text).duplicates;
}

function childPath(parent: Frame | undefined): string {
  if (!parent) return '';
  return parent.kind === 'object'
    ? keyPath(parent.path, parent.key)
    : `${parent.path}[${parent.index}]`;
}

/**
 * Index just past the closing quote of the string starting at `start` (or the end of text): the
 * next quote not escaped by an odd run of backslashes. indexOf skips long values natively, and
 * each backslash is counted once, so this stays linear.
 */
function endOfString(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\' && quote - 1 - backslashes > start) {
      backslashes += 1;
    }
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The key as JSON.parse would read it; malformed escapes are left as written. */
function decodeKey(quoted: string): string {
  if (!quoted.includes('\\') && quoted.length >= 2 && quoted.endsWith('"')) {
    return quoted.slice(1, -1);
  }
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted;
  }
}
