import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkDocs, markdownFiles, readReferences, slugify } from './docs-links';

const ROOT = resolve(__dirname, '..');

describe('slugify', () => {
  it.each([
    ['Local mode: the embedded emulator', 'local-mode-the-embedded-emulator'],
    ['Admin routes (/users/{username}/attributes)', 'admin-routes-usersusernameattributes'],
    ['Optimistic concurrency (If-Match)', 'optimistic-concurrency-if-match'],
    ['Redis, cluster & TLS', 'redis-cluster--tls'],
    ['snake_case kept', 'snake_case-kept'],
  ])('%s → #%s', (heading, slug) => {
    expect(slugify(heading)).toBe(slug);
  });
});

describe('readReferences', () => {
  it('reads headings, links, images and source paths as rendered, not inside code', () => {
    const refs = readReferences(
      [
        '# Title',
        '## Admin routes (`/users/{username}/attributes`)',
        '## Title',
        'See [there](other.md#x), ![pic](img.png) and `src/a/b.ts`; not `npm run src/x`.',
        '```bash',
        '# not a heading [nor a link](nowhere.md) `src/nothing.ts`',
        '```',
        'Inline `[not a link](nowhere.md)` and <a id="custom-anchor"></a>.',
      ].join('\n'),
    );
    expect([...refs.anchors]).toEqual([
      'title',
      'admin-routes-usersusernameattributes',
      'title-1',
      'custom-anchor',
    ]);
    expect(refs.links).toEqual([
      { target: 'other.md#x', line: 4 },
      { target: 'img.png', line: 4 },
    ]);
    expect(refs.sourcePaths).toEqual([{ path: 'src/a/b.ts', line: 4 }]);
  });
});

describe('checkDocs', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'docs-links-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts links, anchors and source paths that resolve', () => {
    write('src/app/app.module.ts', '');
    write('pkg/src/index.ts', '');
    write('docs/api.md', '# API\n## Routes\nBack to [the front](../README.md#profile).');
    write('pkg/README.md', 'Its own `src/index.ts` and `src/*.ts`.');
    write(
      'README.md',
      [
        '# Profile',
        '[Routes](docs/api.md#routes), [top](#profile), [folder](src/app), [web](https://x.dev/#y)',
        '`src/app/app.module.ts`, `src/app/`, `pkg/src/index.ts`',
      ].join('\n'),
    );
    expect(checkDocs(root, ['README.md', 'docs/api.md', 'pkg/README.md'])).toEqual([]);
  });

  it('reports a missing file, a missing anchor here or there, and a missing source path', () => {
    write('docs/api.md', '# API');
    write(
      'README.md',
      [
        '# Profile',
        '[gone](docs/gone.md) [moved](docs/api.md#routes)',
        '[here](#nowhere) `src/attributes/policy/README.md`',
      ].join('\n'),
    );
    expect(checkDocs(root, ['README.md', 'docs/api.md'])).toEqual([
      { file: 'README.md', line: 2, message: 'link to a missing file: docs/gone.md' },
      {
        file: 'README.md',
        line: 2,
        message: 'no heading #routes in docs/api.md: docs/api.md#routes',
      },
      { file: 'README.md', line: 3, message: 'no heading #nowhere in README.md: #nowhere' },
      {
        file: 'README.md',
        line: 3,
        message: 'source path does not exist: src/attributes/policy/README.md',
      },
    ]);
  });
});

describe('the repository’s Markdown', () => {
  it('lists the README and the docs folder', () => {
    expect(markdownFiles(ROOT)).toEqual(
      expect.arrayContaining(['README.md', 'docs/api.md', 'bench/README.md']),
    );
  });

  it('has no broken relative link, anchor or source path', () => {
    expect(checkDocs(ROOT, markdownFiles(ROOT))).toEqual([]);
  });

  it('names every folder of src/ in the README’s layout', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const layout = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? '';
    const named = new Set(
      readReferences(layout).sourcePaths.map(({ path }) => path.replace(/\/$/, '')),
    );
    const folders = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'dto')
        .flatMap((entry) => [`${dir}/${entry.name}`, ...folders(`${dir}/${entry.name}`)]);
    expect(folders('src').filter((folder) => !named.has(folder))).toEqual([]);
  });
});
