// Loads undraft's TextMate grammars with vscode-textmate + vscode-oniguruma (the engine VS Code uses), together
// with the Markdown stand-in grammar of test/grammar/, so that mocha tests can tokenize text offline.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { REPO_ROOT } from '../helpers/paths';

export const UN_REPORT_GRAMMAR = path.join(REPO_ROOT, 'syntaxes', 'un-report.tmLanguage.json');
export const INJECTION_GRAMMAR = path.join(REPO_ROOT, 'syntaxes', 'un-report-markdown-injection.tmLanguage.json');
export const MARKDOWN_STAND_IN = path.join(REPO_ROOT, 'test', 'grammar', 'markdown-stand-in.tmLanguage.json');

const GRAMMAR_FILES: Record<string, string> = {
  'text.un-report': UN_REPORT_GRAMMAR,
  'markdown.un-report.injection': INJECTION_GRAMMAR,
  'text.html.markdown': MARKDOWN_STAND_IN,
};

let onigLib: Promise<textmate.IOnigLib> | undefined;

/** Oniguruma compiled to WebAssembly, loaded once per process. */
export function loadOniguruma(): Promise<textmate.IOnigLib> {
  if (!onigLib) {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    const buffer = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
    onigLib = oniguruma.loadWASM(buffer).then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }));
  }
  return onigLib;
}

/** A registry that knows the three grammars and injects ours into Markdown, as package.json declares. */
export function createRegistry(): textmate.Registry {
  return new textmate.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['markdown.un-report.injection'] : undefined),
  });
}

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

/** Tokenizes lines, carrying the rule stack from line to line. */
export function tokenizeLines(grammar: textmate.IGrammar, lines: readonly string[]): Token[][] {
  let stack = textmate.INITIAL;
  const out: Token[][] = [];
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    out.push(result.tokens.map((t) => ({ text: line.substring(t.startIndex, t.endIndex), scopes: t.scopes })));
  }
  return out;
}

/** Every regular expression of a raw grammar (match, begin, end, while), with where it sits. */
export function grammarRegexes(grammar: unknown, where = '$'): { where: string; source: string }[] {
  const found: { where: string; source: string }[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${at}[${i}]`));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') {
          found.push({ where: `${at}.${key}`, source: value });
        } else {
          visit(value, `${at}.${key}`);
        }
      }
    }
  };
  visit(grammar, where);
  return found;
}
