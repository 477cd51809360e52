/** One route the API serves: a method and its path pattern (`/me/attributes/:key/verify`). */
export interface KnownRoute {
  method: string;
  path: string;
}

interface PathEntry {
  pattern: RegExp;
  methods: Set<string>;
}

/**
 * The API's routes by path, to tell "no such path" (404) from "no such method here" (405, with
 * `Allow`). Built from the controllers' own metadata, so it never drifts from what is served.
 */
export class RouteTable {
  private readonly paths: PathEntry[] = [];

  constructor(routes: readonly KnownRoute[]) {
    const byPath = new Map<string, Set<string>>();
    for (const { method, path } of routes) {
      const methods = byPath.get(path) ?? new Set<string>();
      methods.add(method.toUpperCase());
      // Express and Fastify answer HEAD for every GET route.
      if (method.toUpperCase() === 'GET') methods.add('HEAD');
      byPath.set(path, methods);
    }
    for (const [path, methods] of byPath) {
      this.paths.push({ pattern: patternOf(path), methods });
    }
  }

  /** The methods allowed on this request path (no query), or undefined for an unknown path. */
  allowed(path: string): string[] | undefined {
    const matches = this.paths.filter((p) => p.pattern.test(path));
    if (matches.length === 0) return undefined;
    return [...new Set(matches.flatMap((m) => [...m.methods]))].sort();
  }
}

/** `/a//b/` → `/a/b`, as routers match it. */
export function normalisedPath(path: string): string {
  return `/${path}`.replace(/\/+/g, '/').replace(/\/$/, '') || '/';
}

function patternOf(path: string): RegExp {
  const source = normalisedPath(path)
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}/?$`);
}
