import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

// The shape of engine/ (docs/architecture.md, "Tiers inside engine/"): a folder belongs to a tier, a tier imports only
// the tiers below it, and the folders' import graph has no cycle. ESLint catches a single bad import as it
// is written; this test sees the whole graph, where a cycle of individually allowed imports can still form.
const engine = resolve(new URL('../../engine/', import.meta.url).pathname);

/** A tier imports only tiers of lower rank; desk may import intake (a callback finds its customer), never the reverse. */
const rank: Record<string, number> = { core: 0, process: 1, intake: 2, desk: 3, people: 4, analytics: 5, '': 6 };

interface Edge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `core/events` for a file under engine/core/events/, `` (the top) for engine/index.ts and engine/demo/. */
function folderOf(file: string): string {
  const parts = relative(engine, file).split(sep);
  if (parts.length > 2 && parts[0] in rank && parts[0] !== '') return `${parts[0]}/${parts[1]}`;
  return '';
}

const tierOf = (folder: string) => folder.split('/')[0];

/** Every relative import, re-export and dynamic import in engine/ that lands in another engine/ folder. */
function crossFolderEdges(): Edge[] {
  return sourceFiles(engine).flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => ({ target: resolve(dirname(file), fileName), specifier: fileName }))
      .filter(({ target }) => target.startsWith(engine + sep))
      .map(({ target, specifier }) => ({
        from: folderOf(file),
        to: folderOf(target),
        file: relative(engine, file),
        specifier,
      }))
      .filter((edge) => edge.from !== edge.to);
  });
}

/** Strongly connected components with more than one folder (Tarjan). */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = stack.splice(stack.indexOf(v));
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}

const show = (edges: Edge[]) => edges.map((e) => `${e.file} -> ${e.specifier}`);

describe('engine/ tiers', () => {
  const edges = crossFolderEdges();

  it('finds the imports it checks', () => {
    assert.ok(edges.length > 100, `only ${edges.length} cross-folder imports found: is the parser broken?`);
    assert.ok(edges.some((e) => e.from === '' && e.to === 'core/context'));
  });

  it('has no cycle between folders', () => {
    const found = cycles(edges);
    const inCycle = (e: Edge) => found.some((c) => c.includes(e.from) && c.includes(e.to));
    assert.deepEqual(
      found,
      [],
      `folders in cycles:\n${found.join('\n')}\n\nedges:\n${show(edges.filter(inCycle)).join('\n')}`,
    );
  });

  it('imports no tier from a tier below it', () => {
    const up = edges.filter((e) => {
      const [from, to] = [tierOf(e.from), tierOf(e.to)];
      return from !== to && rank[from] <= rank[to];
    });
    assert.deepEqual(show(up), []);
  });

  it('imports another folder only through its index.ts', () => {
    const bypass = edges.filter((e) => e.to !== '' && !e.specifier.endsWith('/index.ts'));
    assert.deepEqual(show(bypass), []);
  });
});
