// The rooms keep to their doors: src/server is HTTP only, and nothing in the graph's modules
// or the sport's rules reaches into it; the rules (src/domain) depend on nothing but themselves;
// the speed layer (src/runtime) knows neither the HTTP layer nor the graph's modules.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : filesUnder(path);
    return /\.(ts|mts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Every relative module a file imports (import/export ... from, import(), require()), resolved to a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]);
  return specs.map((spec) => relative(SRC, resolve(dirname(file), spec)));
}

const offenders = (room: string, forbidden: (target: string) => boolean) =>
  filesUnder(join(SRC, room)).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${relative(SRC, file)} -> ${target}`),
  );

describe('the rooms of src/', () => {
  it('nothing in src/modules or src/domain imports from src/server', () => {
    const intoServer = (target: string) => target === 'server' || target.startsWith('server/');
    expect([...offenders('modules', intoServer), ...offenders('domain', intoServer)]).toEqual([]);
  });

  it('nothing in src/runtime imports from src/server or src/modules: the speed layer is generic', () => {
    const intoServerOrModules = (target: string) => ['server', 'modules'].some((room) => target === room || target.startsWith(`${room}/`));
    expect(offenders('runtime', intoServerOrModules)).toEqual([]);
  });

  it('src/domain imports only src/domain: the rules are pure', () => {
    expect(offenders('domain', (target) => !target.startsWith('domain/') && target !== 'domain')).toEqual([]);
  });

  it('finds imports at all (the check above cannot pass by reading nothing)', () => {
    expect(importsOf(join(SRC, 'app', 'context.ts'))).toContain('app/loaders');
  });
});
