import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, print, visit as visitGraphQL, type DefinitionNode } from 'graphql';
import ts from 'typescript';

/** A GraphQL operation found in the code or the docs, with where it was found. */
export interface FoundOperation {
  where: string;
  source: string;
  /** A docs example shown as refused (`<!-- refused: CODE -->` before its block): the code it gets. */
  refusedWith?: string;
}

const root = new URL('../../../', import.meta.url).pathname;

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extensions);
    return extensions.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

/** The `{...}` expressions of Svelte markup (attributes and text; not blocks such as `{#if}`). */
function markupExpressions(markup: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < markup.length; i++) {
    if (markup[i] !== '{') continue;
    let depth = 0;
    let j = i;
    for (; j < markup.length; j++) {
      if (markup[j] === '{') depth++;
      else if (markup[j] === '}' && --depth === 0) break;
    }
    const body = markup.slice(i + 1, j).trim();
    if (body && !/^[#/:@]/.test(body)) found.push(body);
    i = j;
  }
  return found;
}

/**
 * The TypeScript of a module: a .ts file whole; for a .svelte component its <script> blocks, then
 * the markup's expressions as statements (calls such as `onclick={() => act('claimTask')}` bind
 * parameters of the script's functions).
 */
function scriptOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.svelte')) return text;
  const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const markup = text.replace(/<script[^>]*>[\s\S]*?<\/script>|<style[^>]*>[\s\S]*?<\/style>/g, '');
  return [...scripts, ...markupExpressions(markup).map((e) => `void (${e});`)].join('\n');
}

// An operation: a keyword, or a shorthand query whose first field has a selection or arguments
// (`{ me { id } }`; i18n templates such as `{name} of {total}` are not).
const OPERATION = /^\s*(query|mutation|subscription)\b|^\s*\{\s*[_A-Za-z]\w*\s*[({]/;
const FRAGMENT = /^\s*fragment\s+(\w+)\s+on\b/;

/**
 * An operation as it is sent: with the fragments it spreads (and theirs), as the generated documents
 * of web/src/generated carry them.
 */
function withFragments(source: string, fragments: ReadonlyMap<string, string>): string {
  const wanted = new Set<string>();
  const collect = (text: string) =>
    visitGraphQL(parse(text), {
      FragmentSpread(node) {
        const name = node.name.value;
        if (wanted.has(name) || !fragments.has(name)) return;
        wanted.add(name);
        collect(fragments.get(name)!);
      },
    });
  collect(source);
  return [source, ...[...wanted].map((name) => fragments.get(name)!)].join('\n');
}

type Bindings = ReadonlyMap<string, string>;

/**
 * Evaluates string expressions of one module to every value they can take: literals, templates,
 * `+`, `a ? b : c`, constants of the module or of other modules (by name), and parameters, bound in
 * turn to each literal argument of the calls of their function in the module. A condition that can
 * be decided under those bindings (`mutation === 'completeTask'`) is; any other takes both branches.
 * Anything else is an error, so a query the checker cannot read fails the test instead of slipping by.
 */
class Evaluator {
  constructor(
    private readonly file: ts.SourceFile,
    private readonly constants: ReadonlyMap<string, ts.Expression>,
  ) {}

  /** Every value of `node`, over every binding of the parameters it depends on. */
  all(node: ts.Expression): string[] {
    let bindings: Bindings[] = [new Map()];
    for (const [name, values] of this.parametersIn(node, new Set()))
      bindings = bindings.flatMap((b) => values.map((v) => new Map([...b, [name, v]])));
    return [...new Set(bindings.flatMap((b) => this.values(node, b)))];
  }

  private values(node: ts.Expression, b: Bindings): string[] {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isParenthesizedExpression(node)) return this.values(node.expression, b);
    if (ts.isConditionalExpression(node)) {
      const decided = this.truth(node.condition, b);
      if (decided === true) return this.values(node.whenTrue, b);
      if (decided === false) return this.values(node.whenFalse, b);
      return [...this.values(node.whenTrue, b), ...this.values(node.whenFalse, b)];
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
      return this.product([this.values(node.left, b), this.values(node.right, b)]);
    if (ts.isTemplateExpression(node)) {
      const parts: string[][] = [[node.head.text]];
      for (const span of node.templateSpans) parts.push(this.values(span.expression, b), [span.literal.text]);
      return this.product(parts);
    }
    if (ts.isIdentifier(node)) {
      const bound = b.get(node.text);
      if (bound !== undefined) return [bound];
      const constant = this.constants.get(node.text);
      if (constant) return this.values(constant, b);
    }
    throw new Error(`cannot evaluate ${node.getText(this.file)}`);
  }

  /** A condition's value under the bindings, or undefined when it depends on something at run time. */
  private truth(node: ts.Expression, b: Bindings): boolean | undefined {
    if (ts.isParenthesizedExpression(node)) return this.truth(node.expression, b);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      const inner = this.truth(node.operand, b);
      return inner === undefined ? undefined : !inner;
    }
    if (ts.isIdentifier(node) && this.constants.has(node.text)) return this.truth(this.constants.get(node.text)!, b);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken) {
      try {
        const [left, right] = [this.values(node.left, b), this.values(node.right, b)];
        if (left.length === 1 && right.length === 1) return left[0] === right[0];
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  private product(parts: string[][]): string[] {
    return parts.reduce<string[]>((acc, values) => acc.flatMap((a) => values.map((v) => a + v)), ['']);
  }

  /** The parameters `node` depends on (directly or through constants), each with its literal arguments. */
  private parametersIn(node: ts.Node, seen: Set<string>): Map<string, string[]> {
    const found = new Map<string, string[]>();
    const visit = (n: ts.Node) => {
      if (ts.isIdentifier(n) && !seen.has(n.text)) {
        seen.add(n.text);
        const constant = this.constants.get(n.text);
        if (constant) for (const [k, v] of this.parametersIn(constant, seen)) found.set(k, v);
        else {
          // Without literal arguments (a boolean flag, say) the parameter stays unbound: a condition
          // on it takes both branches, and using it as text fails the evaluation.
          const values = this.argumentsOf(n);
          if (values?.length) found.set(n.text, values);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  }

  /** A parameter's values: the literal arguments its function is called with in this module. */
  private argumentsOf(node: ts.Identifier): string[] | null {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (!ts.isFunctionDeclaration(n) || !n.name) continue;
      const index = n.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === node.text);
      if (index < 0) continue;
      const values: string[] = [];
      const visit = (c: ts.Node) => {
        if (ts.isCallExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === n.name!.text) {
          const arg = c.arguments[index];
          if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) values.push(arg.text);
        }
        ts.forEachChild(c, visit);
      };
      visit(this.file);
      return values;
    }
    return null;
  }
}

/** Constants (`const X = <string expression>`) declared anywhere in a module. */
function constantsOf(file: ts.SourceFile): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      if (ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) found.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** An operation the evaluator could not read (built in a loop, say): where, its code, and why. */
export interface UnreadOperation {
  where: string;
  code: string;
  reason: string;
}

/**
 * Every GraphQL operation written in the web app (web/src), evaluated to each text it can be sent as,
 * and the operations that cannot be evaluated (the test gives those a worst case by hand).
 */
export function webOperations(): { found: FoundOperation[]; unread: UnreadOperation[] } {
  // The generated documents (web/src/generated) repeat what the sources say: the sources tell where.
  const sources = filesUnder(join(root, 'web/src'), ['.ts', '.svelte']).filter(
    (path) => !path.startsWith(join(root, 'web/src/generated/')),
  );
  const files = sources.map((path) => ts.createSourceFile(path, scriptOf(path), ts.ScriptTarget.Latest, true));
  // Exported constants are shared by name (queries.ts); a module's own constants come first.
  const shared = new Map<string, ts.Expression>();
  for (const file of files)
    for (const [name, value] of constantsOf(file)) if (!shared.has(name)) shared.set(name, value);
  const found: FoundOperation[] = [];
  const unread: UnreadOperation[] = [];
  const fragments = new Map<string, string>();
  for (const file of files) {
    const evaluator = new Evaluator(file, new Map([...shared, ...constantsOf(file)]));
    const visit = (node: ts.Node) => {
      const literal =
        ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
      const head = ts.isTemplateExpression(node) ? node.head.text : literal ? (node as ts.StringLiteral).text : '';
      const fragment = literal && !ts.isTemplateExpression(node) ? FRAGMENT.exec(head) : null;
      if (fragment) fragments.set(fragment[1], head);
      else if (literal && OPERATION.test(head)) {
        const where = `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        try {
          for (const source of evaluator.all(node as ts.Expression)) found.push({ where, source });
        } catch (err) {
          unread.push({ where, code: node.getText(file), reason: (err as Error).message });
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { found: found.map((op) => ({ ...op, source: withFragments(op.source, fragments) })), unread };
}

/** Every operation of the ```graphql examples in docs/*.md, one by one (with the fragments they use). */
export function documentedOperations(): FoundOperation[] {
  const found: FoundOperation[] = [];
  for (const path of filesUnder(join(root, 'docs'), ['.md'])) {
    const text = readFileSync(path, 'utf8');
    for (const block of text.matchAll(/(?:<!-- refused: (\w+) -->\n\n)?```graphql\n([\s\S]*?)```/g)) {
      const line = text.slice(0, block.index).split('\n').length;
      const refusedWith = block[1];
      const definitions = parse(block[2]).definitions;
      const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      for (const d of definitions.filter((x): x is DefinitionNode => x.kind === Kind.OPERATION_DEFINITION))
        found.push({
          where: `${relative(root, path)}:${line}`,
          source: [d, ...fragments].map((n) => print(n)).join('\n'),
          ...(refusedWith ? { refusedWith } : {}),
        });
    }
  }
  return found;
}
