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

/**
 * JSON.parse keeps the last of two equal keys without a word, so a policy file holding
 * `"write": false, ..., "write": true` would silently grant write access. This scanner returns
 * the path of every repeated key. It expects text that JSON.parse has already accepted.
 */
export function findDuplicateJsonKeys(text: string): string[] {
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
        top.key = JSON.parse(text.slice(index, end)) as string;
        if (top.seen.has(top.key)) duplicates.push(keyPath(top.path, top.key));
        top.seen.add(top.key);
      }
      expectKey = false;
      index = end;
      continue;
    }
    if (char === '{' || char === '[') {
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
  return duplicates;
}

function childPath(parent: Frame | undefined): string {
  if (!parent) return '';
  return parent.kind === 'object'
    ? keyPath(parent.path, parent.key)
    : `${parent.path}[${parent.index}]`;
}

/** Index just past the closing quote of the string starting at `start`. */
function endOfString(text: string, start: number): number {
  let index = start + 1;
  while (text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
  return index + 1;
}
