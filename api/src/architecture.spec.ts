import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The API's folders as units (`modules/<feature>` each, and `common`, `config`, `database`, `documents`, `start-up`,
 * `data-tools`) and the imports between them, read from the source files. Keeps the layering that the code relies on:
 * shared layers never reach up into features, and no two units need each other.
 */
const SOURCE = resolve(__dirname);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function unitOf(file: string): string {
  const [first, second] = relative(SOURCE, file).split('/');
  if (first === 'modules') return `modules/${second}`;
  return second === undefined ? '(root)' : first;
}

function unitImports(): Map<string, Set<string>> {
  const imports = new Map<string, Set<string>>();
  for (const file of sourceFiles(SOURCE)) {
    const from = unitOf(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), specifier);
      const to = unitOf(existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts'));
      if (to !== from) imports.set(from, (imports.get(from) ?? new Set()).add(to));
    }
  }
  return imports;
}

/** A cycle of units as `a → b → a`, or null. */
function firstCycle(imports: Map<string, Set<string>>): string | null {
  const done = new Set<string>();
  const visit = (unit: string, path: string[]): string | null => {
    if (path.includes(unit)) return [...path.slice(path.indexOf(unit)), unit].join(' → ');
    if (done.has(unit)) return null;
    for (const next of imports.get(unit) ?? []) {
      const cycle = visit(next, [...path, unit]);
      if (cycle) return cycle;
    }
    done.add(unit);
    return null;
  };
  for (const unit of [...imports.keys()].sort()) {
    const cycle = visit(unit, []);
    if (cycle) return cycle;
  }
  return null;
}

describe('the API’s structure', () => {
  const imports = unitImports();

  it('reads a graph of the units it knows', () => {
    expect([...(imports.get('modules/reports') ?? [])]).toEqual(expect.arrayContaining(['common', 'database', 'documents', 'modules/analytics']));
    expect(
      firstCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toBe('a → b → c → a');
  });

  it('keeps the shared layers below the features: database, common, config and documents import no feature module', () => {
    for (const layer of ['database', 'common', 'config', 'documents']) {
      expect({ layer, features: [...(imports.get(layer) ?? [])].filter((unit) => unit.startsWith('modules/') || unit === 'data-tools') }).toEqual({
        layer,
        features: [],
      });
    }
  });

  it('has no cycle between units', () => {
    expect(firstCycle(imports)).toBeNull();
  });
});
