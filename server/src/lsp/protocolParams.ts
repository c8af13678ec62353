// The shape of the params of the requests and notifications the server handles, checked before a
// handler sees them: a missing position or a number for a URI is the client's error (-32602), not
// an internal error of the server (-32603). Only what the handlers read is checked.

type Check = (params: unknown) => string | undefined;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isUint = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0x7fffffff;

function field(obj: Record<string, unknown>, name: string, what: string, ok: (x: unknown) => boolean): string | undefined {
  return ok(obj[name]) ? undefined : `"${name}" must be ${what}`;
}

function positionProblem(p: unknown, name: string): string | undefined {
  if (!isObject(p) || !isUint(p.line) || !isUint(p.character)) return `"${name}" must be { line, character } with whole numbers from 0`;
  return undefined;
}

function rangeProblem(r: unknown, name: string): string | undefined {
  if (!isObject(r)) return `"${name}" must be a range { start, end }`;
  return positionProblem(r.start, `${name}.start`) ?? positionProblem(r.end, `${name}.end`);
}

function documentProblem(p: Record<string, unknown>, extra: (doc: Record<string, unknown>) => string | undefined = () => undefined): string | undefined {
  const doc = p.textDocument;
  if (!isObject(doc) || typeof doc.uri !== 'string') return '"textDocument" must be { uri: string }';
  return extra(doc);
}

const withParams = (check: (p: Record<string, unknown>) => string | undefined): Check => (params) =>
  isObject(params) ? check(params) : 'the params must be an object';

const atPosition: Check = withParams((p) => documentProblem(p) ?? positionProblem(p.position, 'position'));
const onDocument: Check = withParams((p) => documentProblem(p));

const CHECKS: Readonly<Record<string, Check>> = {
  initialize: withParams((p) => field(p, 'capabilities', 'an object', isObject)),
  'textDocument/hover': atPosition,
  'textDocument/definition': atPosition,
  'textDocument/completion': atPosition,
  'textDocument/documentSymbol': onDocument,
  'textDocument/foldingRange': onDocument,
  'textDocument/didClose': onDocument,
  'textDocument/didSave': onDocument,
  'textDocument/codeAction': withParams((p) => {
    const problem = documentProblem(p) ?? rangeProblem(p.range, 'range');
    if (problem) return problem;
    const c = p.context;
    if (!isObject(c) || !Array.isArray(c.diagnostics)) return '"context" must be { diagnostics: [] }';
    if (c.only !== undefined && !(Array.isArray(c.only) && c.only.every((k) => typeof k === 'string'))) return '"context.only" must be a list of kinds';
    return undefined;
  }),
  'codeAction/resolve': withParams((p) => field(p, 'title', 'a string', (x) => typeof x === 'string')),
  'workspace/executeCommand': withParams((p) => field(p, 'command', 'a string', (x) => typeof x === 'string') ?? field(p, 'arguments', 'an array when given', (x) => x === undefined || Array.isArray(x))),
  'textDocument/didOpen': withParams((p) =>
    documentProblem(p, (d) =>
      field(d, 'languageId', 'a string', (x) => typeof x === 'string') ??
      field(d, 'version', 'an integer', (x) => Number.isInteger(x)) ??
      field(d, 'text', 'a string', (x) => typeof x === 'string'),
    ),
  ),
  'textDocument/didChange': withParams((p) => {
    const problem = documentProblem(p, (d) => field(d, 'version', 'an integer', (x) => Number.isInteger(x)));
    if (problem) return problem;
    if (!Array.isArray(p.contentChanges)) return '"contentChanges" must be an array';
    for (const c of p.contentChanges) {
      if (!isObject(c) || typeof c.text !== 'string') return 'every content change must have "text": string';
      if (c.range !== undefined && rangeProblem(c.range, 'range')) return rangeProblem(c.range, 'contentChanges[].range');
    }
    return undefined;
  }),
};

/** Why the params of `method` cannot be handled, or undefined when they can (or the method is not checked). */
export function paramsProblem(method: string, params: unknown): string | undefined {
  const check = CHECKS[method];
  return check ? check(params) : undefined;
}
