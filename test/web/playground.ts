// The playground's checks, in the order a person would work: paste, read the findings, apply the safe fixes,
// review and apply one unsafe fix, download; then opening a file, the keyboard, the time a 200 KB report
// takes, and the page's requests. The expected texts come from the core's fixer run on the seed in Node.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyEdits, check, fixAll } from '../../server/src/core/index';
import type { Request, WebPage } from './browser';

export interface Step {
  readonly title: string;
  readonly run: () => Promise<void>;
}

export interface Expected {
  /** The seed after every safe fix (what `undraft --fix` writes). */
  readonly safe: string;
  /** Then the second China removed by its unsafe fix. */
  readonly final: string;
}

export interface PlaygroundContext {
  readonly page: WebPage;
  readonly url: string;
  readonly origin: string;
  readonly seed: string;
  readonly seedPath: string;
  readonly expected: Expected;
  readonly repo: string;
  readonly resultsDir: string;
  readonly requests: readonly Request[];
  readonly pageErrors: readonly string[];
}

const REMOVE_CHINA = 'Remove the second “China”';
const STATEMENTS_LINE = 'Statements were made by experts of the following States:';

export function expectedAfterFixes(seed: string): Expected {
  const safe = fixAll(seed, (t) => check(t)).text;
  const duplicate = check(safe).find((f) => f.ruleId === 'duplicate-entry' && f.fixes.some((x) => x.title === REMOVE_CHINA));
  const fix = duplicate?.fixes.find((x) => x.title === REMOVE_CHINA);
  assert.ok(fix, `the core offers no "${REMOVE_CHINA}" on the seed after its safe fixes`);
  return { safe, final: applyEdits(safe, fix.edits).text };
}

function chinasInStatements(text: string): number {
  const line = text.split('\n').find((l) => l.includes(STATEMENTS_LINE)) ?? '';
  return line.split(/\bChina\b/).length - 1;
}

/**
 * Polls a condition through the protocol: Playwright's waitForFunction evaluates strings with eval, which the
 * page's Content-Security-Policy rightly refuses.
 */
async function until(page: WebPage, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function draftText(page: WebPage): Promise<string> {
  return page.locator('#draft').inputValue();
}

export function runPlaygroundChecks(c: PlaygroundContext): Step[] {
  const { page, expected } = c;
  const docsImage = (name: string) => path.join(c.repo, 'docs', 'images', name);
  return [
    {
      title: 'the page loads from undraft --serve with a Content-Security-Policy that forbids connections',
      run: async () => {
        await page.goto(c.url, { waitUntil: 'load' });
        const csp = await page.evaluate<string>(`document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? ''`);
        assert.match(csp, /connect-src 'none'/);
        assert.match(csp, /default-src 'none'/);
        assert.match((await page.locator('#findings').textContent()) ?? '', /Paste a draft/);
      },
    },
    {
      title: 'pasting the seed draft shows the duplicate China and the brackets, grouped by rule with the rule page',
      run: async () => {
        await page.locator('#draft').fill(c.seed);
        await page.locator('#check').click();
        const duplicate = page.locator('section.rule:has(#rule-duplicate-entry)');
        await duplicate.waitFor({ state: 'visible', timeout: 10_000 });
        assert.match((await duplicate.textContent()) ?? '', /"China" is listed twice/);
        assert.equal(await duplicate.locator('a[href="rules/duplicate-entry.md"]').count(), 1);
        const brackets = (await page.locator('section.rule:has(#rule-unresolved-bracket)').textContent()) ?? '';
        assert.ok(brackets.includes('"[2nd, 3rd and 4th]"'), 'the bracketed meeting numbers are listed');
        assert.equal(await page.locator('#marked').textContent(), c.seed, 'the marked text is the whole draft, nothing lost');
        assert.ok((await page.locator('#marked mark').count()) > 30, 'the findings are marked in the text');
        // Each mark lies where its finding is: its offset in the text falls within the finding's range.
        const misplaced = await page.evaluate<string[]>(`(() => {
          const bad = []; let offset = 0;
          const walk = (node) => { for (const child of node.childNodes) {
            if (child.nodeType === 3) { offset += child.data.length; continue; }
            const start = Number(child.dataset.start), end = Number(child.dataset.end), len = child.textContent.length;
            if (offset < start || offset + len > end) bad.push(child.dataset.key + '@' + offset);
            offset += len;
          } };
          walk(document.querySelector('#marked'));
          return bad; })()`);
        assert.deepEqual(misplaced, []);
        // The picture for the README: the draft from its start, the duplicate China shown in the text.
        await page.evaluate(`document.querySelector('#draft').scrollTop = 0`);
        await duplicate.locator('button.place').first().click();
        await page.evaluate(`document.querySelector('#rule-duplicate-entry').scrollIntoView({ block: 'start' }); window.scrollTo(0, 0)`);
        await page.screenshot({ path: docsImage('web-playground.png') });
      },
    },
    {
      title: 'Apply all safe fixes changes form only: the brackets and the second China stay',
      run: async () => {
        await page.locator('#fix-safe').click();
        const text = await draftText(page);
        assert.equal(text, expected.safe, 'the page applies exactly the safe fixes the core makes');
        assert.ok(text.includes('[2nd, 3rd and 4th]'), 'the bracketed text stays');
        assert.equal(chinasInStatements(text), 2, 'China is still listed twice');
        assert.ok(text.includes('(https://undocs.org/A/RES/65/230)'), 'the placeholder link now points at undocs.org');
      },
    },
    {
      title: `the unsafe "${REMOVE_CHINA}" shows its edit first, then applies it`,
      run: async () => {
        const review = page.locator('section.rule:has(#rule-duplicate-entry) button.unsafe').filter({ hasText: REMOVE_CHINA });
        await review.click();
        const panel = page.locator('section.rule:has(#rule-duplicate-entry) .preview').first();
        await panel.waitFor({ state: 'visible' });
        assert.match((await panel.locator('del').first().textContent()) ?? '', /China/);
        assert.equal(await review.getAttribute('aria-expanded'), 'true');
        assert.equal(await draftText(page), expected.safe, 'seeing the edit changes nothing');
        await page.screenshot({ path: docsImage('web-unsafe-fix.png') });
        await panel.locator('button.apply').click();
        assert.equal(await draftText(page), expected.final);
        assert.equal(chinasInStatements(await draftText(page)), 1);
        assert.equal(await page.locator('#rule-duplicate-entry').count(), 0, 'the duplicate-entry finding is gone');
      },
    },
    {
      title: 'Download corrected text gives the corrected draft',
      run: async () => {
        const downloading = page.waitForEvent('download', { timeout: 10_000 });
        await page.locator('#download').click();
        const download = await downloading;
        assert.equal(download.suggestedFilename(), 'draft-corrected.md');
        const file = await download.path();
        assert.ok(file, 'the download was saved');
        const saved = fs.readFileSync(file, 'utf8');
        fs.writeFileSync(path.join(c.resultsDir, 'downloaded.md'), saved);
        assert.equal(saved, expected.final);
      },
    },
    {
      title: 'opening a .md draft from disk checks it, and the download keeps its name',
      run: async () => {
        await page.locator('#open-file').setInputFiles(c.seedPath);
        await until(page, `document.querySelector('#notice').textContent.includes('Opened seed-draft.md')`);
        assert.equal(await draftText(page), c.seed);
        assert.equal(await page.locator('#rule-duplicate-entry').count(), 1);
        const downloading = page.waitForEvent('download', { timeout: 10_000 });
        await page.locator('#download').click();
        assert.equal((await downloading).suggestedFilename(), 'seed-draft-corrected.md');
      },
    },
    {
      title: 'a Word file, a binary file and a Windows-1252 file get a clear message, and no text is lost',
      run: async () => {
        const before = await draftText(page);
        const files = { docx: path.join(c.resultsDir, 'report.docx'), bin: path.join(c.resultsDir, 'image.md'), latin: path.join(c.resultsDir, 'latin1.txt') };
        fs.writeFileSync(files.docx, Buffer.from('PK\x03\x04 not really a document', 'latin1'));
        fs.writeFileSync(files.bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
        fs.writeFileSync(files.latin, Buffer.from('1. The representative of C\xf4te d\u2019Ivoire spoke.\n'.replace('\u2019', "'"), 'latin1'));
        const notice = async () => (await page.locator('#notice').textContent()) ?? '';
        await page.locator('#open-file').setInputFiles(files.docx);
        await until(page, `document.querySelector('#notice').textContent.includes('Word document')`);
        await page.locator('#open-file').setInputFiles(files.bin);
        await until(page, `document.querySelector('#notice').textContent.includes('not a text file')`);
        assert.equal(await draftText(page), before, 'a file that was not opened leaves the draft as it was');
        await page.locator('#open-file').setInputFiles(files.latin);
        await until(page, `document.querySelector('#notice').textContent.includes('Windows-1252')`);
        assert.match(await notice(), /latin1\.txt is not UTF-8/);
        assert.equal(await draftText(page), "1. The representative of C\u00f4te d'Ivoire spoke.\n");
        await page.locator('#open-file').setInputFiles(c.seedPath);
        await until(page, `document.querySelector('#draft').value.length > 1000`);
      },
    },
    {
      title: 'keyboard: every control is labelled, Tab reaches them in reading order, Enter applies a fix',
      run: async () => {
        const unnamed = await page.evaluate<string[]>(`[...document.querySelectorAll('button, input, select, textarea')]
          .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
          .map((e) => e.outerHTML.slice(0, 80))`);
        assert.deepEqual(unnamed, []);
        // Tab order starts after the focused heading, as after a click on it.
        await page.evaluate(`(() => { const h = document.querySelector('h1'); h.tabIndex = -1; h.focus(); })()`);
        const order: string[] = [];
        for (let i = 0; i < 7; i++) {
          await page.keyboard.press('Tab');
          order.push(await page.evaluate<string>(`document.activeElement.id || document.activeElement.className`));
        }
        assert.deepEqual(order, ['open-file', 'stage', 'check', 'draft', 'fix-safe', 'download', 'marked']);
        await page.focus('#fix-safe');
        await page.keyboard.press('Enter');
        assert.equal(await draftText(page), expected.safe, 'Enter on the focused button applies the safe fixes');
      },
    },
    {
      title: 'a 200 KB report is checked in the page in under half a second',
      run: async () => {
        const generator = (await import(pathToFileURL(path.join(c.repo, 'bench', 'generate.mjs')).href)) as { generateDraft(bytes: number, seed?: number): string };
        const report = generator.generateDraft(200_000);
        await page.locator('#draft').fill(report);
        const runs: { checkMs: number; totalMs: number; findings: number }[] = [];
        for (let i = 0; i < 5; i++) {
          await page.locator('#check').click();
          runs.push(await page.evaluate(`({ checkMs: Number(document.querySelector('#status').dataset.checkMs), totalMs: Number(document.querySelector('#status').dataset.totalMs), findings: Number(document.querySelector('#status').dataset.findings) })`));
        }
        const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const timing = { bytes: report.length, findings: runs[0].findings, checkMs: median(runs.map((r) => r.checkMs)), withRenderingMs: median(runs.map((r) => r.totalMs)), runs };
        fs.writeFileSync(path.join(c.resultsDir, 'timing.json'), JSON.stringify(timing, null, 2));
        console.log(`[web]     200 KB report (${timing.bytes} chars, ${timing.findings} findings): check ${timing.checkMs.toFixed(0)} ms, with rendering ${timing.withRenderingMs.toFixed(0)} ms (median of 5; first, cold: ${runs[0].checkMs.toFixed(0)} ms)`);
        assert.ok(timing.checkMs < 500, `checking took ${timing.checkMs} ms`);
        assert.ok(timing.withRenderingMs < 1500, `checking and rendering took ${timing.withRenderingMs} ms`);
      },
    },
    {
      title: "no request leaves the page's origin, no script error, and the page cannot fetch even from its own server",
      run: async () => {
        const foreign = c.requests.map((r) => r.url()).filter((u) => !u.startsWith(`${c.origin}/`) && !u.startsWith(`blob:${c.origin}/`));
        assert.deepEqual(foreign, []);
        const own = [...new Set(c.requests.map((r) => new URL(r.url()).pathname))].filter((p) => !p.startsWith('/rules/')).sort();
        assert.deepEqual(own.filter((p) => !['/', '/playground.js', '/style.css'].includes(p)), [], `unexpected files requested: ${own.join(', ')}`);
        assert.deepEqual(c.pageErrors.filter((e) => !e.includes('Content Security Policy')), []);
        const outcome = await page.evaluate<string>(`fetch('/index.html').then(() => 'fetched', () => 'blocked')`);
        assert.equal(outcome, 'blocked', 'connect-src none blocks fetch');
      },
    },
  ];
}
