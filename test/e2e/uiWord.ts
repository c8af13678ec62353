// The Word view in the workbench, as a person uses it (Playwright in code-server): the Explorer's context menu
// on a .docx offers "Check Word draft", which opens the draft as Word shows it; the Problems panel lists the
// reviewer's comment beside the rules' findings; the hover on a problem says how to fix it in Word (the view is
// read-only: fixes are made in Word, or by undraft --annotate --fix). Screenshots
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
      title: 'the hover on the repeated State says how to fix it in Word (undraft --annotate), and the view is unchanged',
      run: async () => {
        await page.keyboard.press('Control+1');
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: UI_WAIT_MS });
        await page.keyboard.type(`${options.repeat.line}:${options.repeat.column + 2}`);
        await page.keyboard.press('Enter');
        await page.locator('.statusbar').filter({ hasText: `Ln ${options.repeat.line}, Col ${options.repeat.column + 2}` }).waitFor({ timeout: UI_WAIT_MS });
        // VS Code asks for no code actions in a read-only editor (no light bulb, no Quick Fix in the hover, except
        // by a race), so the view's hover is where undraft says how to fix. Show Hover is Ctrl+K Ctrl+I.
        const hover = page.locator('.monaco-hover').filter({ hasText: `How to fix in Word: Remove the second “${REPEATED_STATE}”` }).first();
        const end = Date.now() + UI_WAIT_MS;
        for (;;) {
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I');
          try {
            await hover.waitFor({ state: 'visible', timeout: 10_000 });
            break;
          } catch (err) {
            // A hover asked for before the view's problems arrived has nothing of ours: ask again.
            if (Date.now() > end) {
              const shown = await page.evaluate<string>(`[...document.querySelectorAll('.monaco-hover')].map((e) => e.textContent).join(' | ')`);
              throw new Error(`the hover did not say how to fix in Word; shown: ${shown || '(nothing)'}`, { cause: err });
            }
            await page.keyboard.press('Escape');
          }
        }
        const text = (await hover.textContent()) ?? '';
        options.log(`[ui] the hover on the repeated State: ${text}`);
        if (!text.includes('undraft --annotate')) throw new Error(`the hover does not give the --annotate command: ${text}`);
        await shot('e2e-word-view');
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
