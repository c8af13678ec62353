// A strict parser for the VS Code snippet syntax used in snippets/un-report.code-snippets:
//   $1  ${1}  ${1:default with ${2:nested} placeholders}  ${1|choice one,choice two|}  $0
// Escapes: \$ \} \\ in text, \, \| \\ in choices. Variables ($TM_FILENAME …) and transforms are not used by the
// undraft snippets and are reported as errors, as is a stray "}" (VS Code would print it; here it is a typo).

export type SnippetNode =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'tabstop'; readonly index: number }
  | { readonly kind: 'placeholder'; readonly index: number; readonly children: readonly SnippetNode[] }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] };

export class SnippetSyntaxError extends Error {}

export function parseSnippet(body: string): SnippetNode[] {
  let pos = 0;

  const fail = (message: string): never => {
    throw new SnippetSyntaxError(`${message} at offset ${pos}: ${JSON.stringify(body.slice(Math.max(0, pos - 20), pos + 20))}`);
  };

  const readInt = (): number => {
    const start = pos;
    while (pos < body.length && body[pos] >= '0' && body[pos] <= '9') pos++;
    if (pos === start) fail('expected a tab-stop number');
    return Number(body.slice(start, pos));
  };

  // Parses until `}` (when nested) or the end; returns the nodes.
  const parseSequence = (nested: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < body.length) {
      const ch = body[pos];
      if (ch === '\\') {
        const next = body[pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          pos += 2;
        } else {
          text += ch;
          pos++;
        }
      } else if (ch === '}') {
        if (nested) {
          flush();
          return nodes;
        }
        fail('unbalanced "}"');
      } else if (ch === '$') {
        flush();
        nodes.push(parseDollar());
      } else {
        text += ch;
        pos++;
      }
    }
    if (nested) fail('unclosed "${"');
    flush();
    return nodes;
  };

  const parseDollar = (): SnippetNode => {
    pos++; // $
    const next = body[pos];
    if (next !== undefined && next >= '0' && next <= '9') return { kind: 'tabstop', index: readInt() };
    if (next !== '{') return fail('"$" must start a tab stop (use \\$ for a dollar sign)');
    pos++; // {
    const index = readInt();
    const sep = body[pos];
    if (sep === '}') {
      pos++;
      return { kind: 'tabstop', index };
    }
    if (sep === ':') {
      pos++;
      const children = parseSequence(true);
      pos++; // }
      return { kind: 'placeholder', index, children };
    }
    if (sep === '|') {
      pos++;
      const options: string[] = [];
      let option = '';
      for (;;) {
        if (pos >= body.length) fail('unclosed choice');
        const ch = body[pos];
        if (ch === '\\' && (body[pos + 1] === ',' || body[pos + 1] === '|' || body[pos + 1] === '\\')) {
          option += body[pos + 1];
          pos += 2;
        } else if (ch === ',') {
          options.push(option);
          option = '';
          pos++;
        } else if (ch === '|') {
          if (body[pos + 1] !== '}') fail('a choice must end with "|}"');
          options.push(option);
          pos += 2;
          return { kind: 'choice', index, options };
        } else {
          option += ch;
          pos++;
        }
      }
    }
    return fail('expected "}", ":" or "|" after the tab-stop number');
  };

  return parseSequence(false);
}

/** Every tab stop, placeholder and choice in document order, nested ones included. */
export function tabStops(nodes: readonly SnippetNode[]): Exclude<SnippetNode, { kind: 'text' }>[] {
  const out: Exclude<SnippetNode, { kind: 'text' }>[] = [];
  const walk = (list: readonly SnippetNode[]): void => {
    for (const n of list) {
      if (n.kind === 'text') continue;
      out.push(n);
      if (n.kind === 'placeholder') walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * The text VS Code inserts when the user accepts every default: a placeholder gives its default, a choice its
 * first option, and a bare `$n` mirrors what placeholder or choice n holds (empty when nothing defines n).
 */
export function expandSnippet(nodes: readonly SnippetNode[]): string {
  const definitions = new Map<number, SnippetNode>();
  for (const t of tabStops(nodes)) {
    if (t.kind !== 'tabstop' && !definitions.has(t.index)) definitions.set(t.index, t);
  }
  const render = (list: readonly SnippetNode[], seen: ReadonlySet<number>): string =>
    list
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'placeholder':
            return render(n.children, new Set([...seen, n.index]));
          case 'choice':
            return n.options[0];
          case 'tabstop': {
            const def = definitions.get(n.index);
            if (!def || seen.has(n.index)) return '';
            return render([def], seen);
          }
        }
      })
      .join('');
  return render(nodes, new Set());
}
