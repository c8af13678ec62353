// The Word view in the workbench, as a person uses it (Playwright in code-server): the Explorer's context menu
// on a .docx offers "Check Word draft", which opens the draft as Word shows it; the Problems panel lists the
// reviewer's comment beside the rules' findings; the light bulb on a problem offers "How to fix in Word", which
// says how (the view is read-only: fixes are made in Word, or by undraft --annotate --fix). Screenshots
// e2e-word-view.png, e2e-word-how-to-fix.png. Waits poll the UI for a condition.
import * as path from 'path';
import { REPEATED_STATE } from '../vscode/suite/draft';
import { RunResults } from '../vscode/suite/results';
import { FIRST_COMMENT, WORD_DRAFT, WORD_FOLDER } from '../vscode/suite/wordDraft';
import { Browser, Page } from './playwright';

const UI_WAIT_MS = 120_000;

/** The group name of these steps; UNDRAFT_E2E_GREP selects them when it is part of it. */
export const WORD_UI_GROUP = 'Word draft view in the workbench';

export interface WordUiOptions {
  browser: Browser;
  url: string;
  /** 1-based line and column of the repeated State's second occurrence in the view (from the CLI's --print-text). */
  repeat: { line: number; column: number };
  screenshots: string;
  log: (line: string) => void;
}

async function until(page: Page, expression: string, what: string): Promise<void> {
  try {
    await page.waitForFunction(expression, undefined, { timeout: UI_WAIT_MS, polling: 250 });
  } catch (err) {
    throw new Error(`timed out waiting for ${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

const PROBLEMS = `(document.querySelector('.markers-panel')?.textContent ?? '')`;

export async function runWordUiTests(options: WordUiOptions): Promise<RunResults> {
  const results: RunResults = { runner: `code-server workbench in Chromium ${options.browser.version()}`, tests: [], log: [] };
  const context = await options.browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const shot = (name: string): Promise<unknown> => page.screenshot({ path: path.join(options.screenshots, `${name}.png`) }).catch(() => undefined);
  const steps: { title: string; run: () => Promise<void> }[] = [
    {
      title: `the Explorer's context menu on ${WORD_DRAFT} runs "Check Word draft", which opens the draft as Word shows it`,
      run: async () => {
        await page.goto(options.url, { timeout: UI_WAIT_MS, waitUntil: 'domcontentloaded' });
        await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        const row = (name: string) => page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first();
        await row(WORD_FOLDER).waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        await row(WORD_FOLDER).click();
        await row(WORD_DRAFT).waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        await row(WORD_DRAFT).click({ button: 'right' });
        const item = page.locator('.monaco-menu .action-item').filter({ hasText: 'Check Word draft' }).first();
        await item.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        // A click while the menu is still settling can be lost (seen once): click again while the menu stays open.
        const tab = page.locator('.tabs-container .tab.active').filter({ hasText: WORD_DRAFT });
        const end = Date.now() + UI_WAIT_MS;
        for (;;) {
          await item.click();
          try {
            await tab.waitFor({ timeout: 15_000 });
            break;
          } catch (err) {
            if (Date.now() > end || (await item.count()) === 0) throw err;
          }
        }
        await until(page, `[...document.querySelectorAll('.editor-group-container.active .view-line')].some((l) => l.textContent.startsWith('Distr.:'))`, 'the masthead in the view');
      },
    },
    {
      title: 'the Problems panel lists the reviewer\'s comment (word-comments) and the repeated State (duplicate-entry)',
      run: async () => {
        await page.keyboard.press('Control+Shift+M');
        await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        await until(page, `(() => { const t = ${PROBLEMS}; return t.includes('word-comments') && t.includes(${JSON.stringify(FIRST_COMMENT.text)}) && t.includes('duplicate-entry'); })()`, 'word-comments and duplicate-entry in the Problems panel');
      },
    },
    {
      title: 'the light bulb on the repeated State offers "How to fix in Word", which says how (undraft --annotate) and edits nothing',
      run: async () => {
        await page.keyboard.press('Control+1');
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        await page.keyboard.type(`${options.repeat.line}:${options.repeat.column + 2}`);
        await page.keyboard.press('Enter');
        await page.locator('.statusbar').filter({ hasText: `Ln ${options.repeat.line}, Col ${options.repeat.column + 2}` }).waitFor({ timeout: UI_WAIT_MS });
        // Ctrl+. is not bound in a read-only editor (VS Code's quick-fix command needs a writable one); the light
        // bulb, in the gutter here (the repeat is at the end of a long line), opens the same menu with a click.
        const bulbs = `[...document.querySelectorAll('.editor-group-container.active .monaco-editor *')].filter((e) => /light-?bulb/i.test(String(e.className)) && e.offsetParent !== null)`;
        // The editor asks for code actions when the cursor moves; a request answered before the view's problems
        // arrived shows no bulb, and a bulb can go and come back while they settle (CI saw both). Moving the cursor
        // off and back asks again; the click is retried when the bulb went away before it.
        const clickBulb = `(() => { const b = ${bulbs}; const e = b[b.length - 1]; if (!e) return false; const r = e.getBoundingClientRect();
          for (const type of ['mousedown', 'mouseup', 'click']) e.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, button: 0 })); return true; })()`;
        for (let attempt = 1; ; attempt++) {
          try {
            await page.waitForFunction(`${bulbs}.length > 0`, undefined, { timeout: 15_000, polling: 250 });
            const classes = await page.evaluate<string[]>(`${bulbs}.map((e) => e.tagName + '.' + String(e.className).split(' ').join('.'))`);
            options.log(`[ui] light bulb elements: ${classes.join(' | ')}`);
            if (await page.evaluate<boolean>(clickBulb)) break;
          } catch (err) {
            if (attempt >= 8) throw new Error(`timed out waiting for the light bulb at the cursor (${attempt} cursor moves)`, { cause: err });
          }
          if (attempt >= 8) throw new Error(`the light bulb went away before it could be clicked (${attempt} tries)`);
          await page.keyboard.press('ArrowRight');
          await page.keyboard.press('ArrowLeft');
        }
        const docsRow = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Show documentation for duplicate-entry' }).first();
        try {
          await docsRow.waitFor({ state: 'visible', timeout: 30_000 });
        } catch (err) {
          const widget = await page.evaluate<string>(`[...document.querySelectorAll('.action-widget, .context-view, .monaco-editor-overlaymessage')].map((e) => e.textContent).join(' | ')`);
          throw new Error(`the quick-fix menu did not list the documentation action; shown: ${widget || '(nothing)'}`, { cause: err });
        }
        await shot('e2e-word-view');
        const listed = await page.evaluate<string[]>(`[...document.querySelectorAll('.action-widget .monaco-list-row')].map((e) => e.textContent ?? '')`);
        options.log(`[ui] quick fixes on the Word view: ${listed.join(' | ')}`);
        const how = page.locator('.action-widget .monaco-list-row').filter({ hasText: `How to fix in Word: Remove the second “${REPEATED_STATE}”` }).first();
        await how.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        await shot('e2e-word-view');
        await how.click();
        const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'undraft --annotate' }).first();
        await toast.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        options.log(`[ui] the answer: ${await page.evaluate<string>(`[...document.querySelectorAll('.notifications-toasts .notification-list-item-message')].map((e) => e.textContent).join(' | ')`)}`);
        await shot('e2e-word-how-to-fix');
        await until(page, `[...document.querySelectorAll('.editor-group-container.active .view-line')].some((l) => l.textContent.replace(/\\u00a0/g, ' ').includes('Chile and ${REPEATED_STATE}'))`, 'the view unchanged');
      },
    },
  ];
  let failed = false;
  try {
    for (const step of steps) {
      if (failed) {
        results.tests.push({ group: WORD_UI_GROUP, title: step.title, state: 'skipped', durationMs: 0, error: 'not run: an earlier step failed' });
        continue;
      }
      const started = Date.now();
      try {
        await step.run();
        results.tests.push({ group: WORD_UI_GROUP, title: step.title, state: 'passed', durationMs: Date.now() - started });
      } catch (err) {
        failed = true;
        await shot('e2e-word-failure');
        results.tests.push({ group: WORD_UI_GROUP, title: step.title, state: 'failed', durationMs: Date.now() - started, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      }
    }
  } finally {
    await context.close().catch(() => undefined);
  }
  return results;
}
