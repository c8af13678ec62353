// playwright-core is installed by scripts/e2e-toolchain.sh into the e2e cache, not into the project's
// node_modules; this file loads it from there and declares the small part of its API that the UI test uses.
// Browser-side code is passed as strings (the project compiles without the DOM library).
import * as path from 'path';

export interface WaitOptions {
  timeout?: number;
}

export interface Locator {
  click(options?: WaitOptions & { force?: boolean; button?: 'left' | 'right' | 'middle' }): Promise<void>;
  count(): Promise<number>;
  first(): Locator;
  filter(options: { hasText?: string | RegExp }): Locator;
  locator(selector: string): Locator;
  textContent(options?: WaitOptions): Promise<string | null>;
  waitFor(options?: WaitOptions & { state?: 'attached' | 'detached' | 'visible' | 'hidden' }): Promise<void>;
}

export interface Keyboard {
  press(key: string, options?: { delay?: number }): Promise<void>;
  type(text: string, options?: { delay?: number }): Promise<void>;
}

export interface Page {
  goto(url: string, options?: WaitOptions & { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit' }): Promise<unknown>;
  locator(selector: string): Locator;
  keyboard: Keyboard;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  evaluate<R>(expression: string): Promise<R>;
  waitForFunction(expression: string, arg?: unknown, options?: WaitOptions & { polling?: number | 'raf' }): Promise<unknown>;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  close(): Promise<void>;
}

export interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface Browser {
  newContext(options?: { viewport?: { width: number; height: number }; locale?: string; timezoneId?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
  version(): string;
}

interface PlaywrightModule {
  chromium: {
    launch(options: {
      executablePath: string;
      headless?: boolean;
      args?: string[];
      env?: NodeJS.ProcessEnv;
      timeout?: number;
      handleSIGINT?: boolean;
      handleSIGTERM?: boolean;
      handleSIGHUP?: boolean;
    }): Promise<Browser>;
  };
}

/** The Chromium flags verified on these machines (without the background-networking ones it keeps calling out). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(playwrightDir: string, executablePath: string, env?: NodeJS.ProcessEnv): Promise<Browser> {
  // Never let Playwright fetch a browser: it only drives /usr/bin/chromium.
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  const playwright = require(path.resolve(playwrightDir)) as PlaywrightModule;
  return playwright.chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env,
    timeout: 120_000,
    // The harness stops the browser itself, with everything else, on a signal.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
