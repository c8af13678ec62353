// The "## Messages" section of a rule's page, built from its meta.messages so the page lists exactly the
// ids the rule reports (scripts/rule-messages.mjs writes it; rule-docs.test checks it).


/** A template as a Markdown code span: the delimiter is longer than any run of backticks inside. */
function codeSpan(s: string): string {
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A core rule, or a Word-only check (docx/checks.ts WORD_CHECKS): whatever declares messages by id. */
export function messagesSection(rule: { readonly meta: { readonly messages?: Readonly<Record<string, string>> } }): string {
  const rows = Object.entries(rule.meta.messages ?? {}).map(([id, template]) => `| \`${id}\` | ${codeSpan(template)} |`);
  return [
    '## Messages',
    '',
    'Each finding carries one of these ids (`messageId` in the JSON output, `properties.messageId` in SARIF) and the',
    '`data` that fill the `{{placeholders}}` of its message. Tools and tests can match the id and the data; the',
    'wording may change.',
    '',
    '| Id | Message |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
