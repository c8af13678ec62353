// The CLI's own glob matcher: syntax, hidden names, `**`, braces, and no blow-up on nasty patterns.

import * as assert from 'node:assert/strict';
import { compileGlob, compileSegment, expandBraces, hasGlobSyntax, matchesRelative, matchPath, matchSegment, mayMatchBelow } from '../../server/src/cli/glob';

const seg = (p: string, name: string) => matchSegment(compileSegment(p), name);
const full = (p: string, rel: string) => {
  const g = compileGlob(p);
  const base = g.base === '' ? [] : g.base.split('/');
  const parts = rel.split('/');
  // The walk hands matchPath paths relative to the base.
  for (let i = 0; i < base.length; i++) if (parts[i] !== base[i]) return false;
  return matchPath(g, parts.slice(base.length));
};

describe('cli glob', () => {
  it('tells globs from plain paths', () => {
    assert.equal(hasGlobSyntax('drafts/report.md'), false);
    assert.equal(hasGlobSyntax('drafts/*.md'), true);
    assert.equal(hasGlobSyntax('drafts/{a,b}.md'), true);
    assert.equal(hasGlobSyntax('drafts/\\*.md'), false);
  });

  it('matches *, ?, classes and escapes within one segment', () => {
    assert.ok(seg('*.md', 'report.md'));
    assert.ok(!seg('*.md', 'report.txt'));
    assert.ok(seg('report-?.md', 'report-2.md'));
    assert.ok(!seg('report-?.md', 'report-12.md'));
    assert.ok(seg('[a-c]*.txt', 'b1.txt'));
    assert.ok(!seg('[!a-c]*.txt', 'b1.txt'));
    assert.ok(seg('[!a-c]*.txt', 'd1.txt'));
    assert.ok(seg('a\\*b', 'a*b'));
    assert.ok(!seg('a\\*b', 'axb'));
    assert.ok(seg('*', 'x'));
    assert.ok(seg('a*b*c', 'aXbYbZc'));
    assert.ok(!seg('a*b*c', 'aXbYbZ'));
  });

  it('does not let * match a hidden name unless the pattern starts with a dot', () => {
    assert.ok(!seg('*', '.hidden.md'));
    assert.ok(seg('.*', '.hidden.md'));
  });

  it('matches ** across directories, but not through hidden ones', () => {
    assert.ok(full('drafts/**/*.md', 'drafts/a.md'));
    assert.ok(full('drafts/**/*.md', 'drafts/x/y/a.md'));
    assert.ok(!full('drafts/**/*.md', 'other/a.md'));
    assert.ok(!full('drafts/**/*.md', 'drafts/.git/a.md'));
    assert.ok(full('**/*.txt', 'a/b/c.txt'));
    assert.ok(full('**', 'a/b/c.txt'));
    assert.ok(!full('*/*.md', 'a/b/c.md'));
  });

  it('expands braces, nested ones too', () => {
    assert.deepEqual(expandBraces('a.{md,txt}'), ['a.md', 'a.txt']);
    assert.deepEqual(expandBraces('{x,y{1,2}}/z'), ['x/z', 'y1/z', 'y2/z']);
    assert.deepEqual(expandBraces('no-braces'), ['no-braces']);
    assert.deepEqual(expandBraces('open{only'), ['open{only']);
  });

  it('splits the literal base from the wildcard segments', () => {
    assert.equal(compileGlob('drafts/2018/*.md').base, 'drafts/2018');
    assert.equal(compileGlob('*.md').base, '');
    assert.equal(compileGlob('/abs/dir/**/x.md').base, '/abs/dir');
  });

  it('stays fast on patterns that make backtracking matchers explode', () => {
    const name = 'a'.repeat(5000);
    const t0 = Date.now();
    assert.equal(seg('*a*a*a*a*a*a*a*a*a*a*b', name), false);
    const g = compileGlob('**/a/**/a/**/a/**/a/**/b');
    assert.equal(matchPath(g, new Array(2000).fill('a')), false);
    // Generous: a backtracking matcher would take astronomically long here, not a few seconds.
    assert.ok(Date.now() - t0 < 5000);
  });

  it('tells which folders can hold a match, so a walk enters no other', () => {
    const below = (p: string, dir: string) => mayMatchBelow(compileGlob(p), dir === '' ? [] : dir.split('/'));
    assert.ok(below('s1*/m1/*.md', 's12'));
    assert.ok(below('s1*/m1/*.md', 's12/m1'));
    assert.ok(!below('s1*/m1/*.md', 's2'));
    assert.ok(!below('s1*/m1/*.md', 's12/m2'));
    assert.ok(!below('s1*/m1/*.md', 's12/m1/deeper'), 'no segment left for a file');
    assert.ok(below('**/a/*.md', 'x/y/z'));
    assert.ok(!below('**/a/*.md', 'x/.hidden'));
    assert.ok(below('x/**', 'x/y'));
    assert.ok(below('*.md', ''));
  });

  it('matches a path relative to a config folder (the config\'s files, ignores and overrides), hidden names with dot', () => {
    assert.ok(matchesRelative('reports/annexes/**', 'reports/annexes/a/annex.md'));
    assert.ok(!matchesRelative('reports/annexes/**', 'reports/main.md'));
    assert.ok(matchesRelative('reports/{annexes,old}/*.md', 'reports/old/2019.md'));
    assert.ok(matchesRelative('**/*.md', 'a.md') && matchesRelative('**/*.md', 'x/y/a.md'));
    assert.ok(!matchesRelative('*.md', 'x/a.md'), 'a pattern without a folder matches at the top only');
    assert.ok(!matchesRelative('**/*.md', '.drafts/a.md') && matchesRelative('**/*.md', '.drafts/a.md', true));
    assert.ok(!matchesRelative('drafts/*', 'drafts/.a.md') && matchesRelative('drafts/*', 'drafts/.a.md', true));
    const t0 = Date.now();
    assert.ok(!matchesRelative('**/*-*-*-*-*-*-*-*.md', `d/${'-'.repeat(200)}.txt`, true));
    assert.ok(Date.now() - t0 < 5000, 'linear: a backtracking regular expression would take hours here');
  });
});
