// The part of playwright-core's API the playground test uses beyond test/e2e/playwright.ts: filling a text
// box, choosing a file, downloads and the page's requests. Browser-side code is passed as strings.
import type { Page, WaitOptions } from '../e2e/playwright';

export interface WebLocator {
  click(options?: WaitOptions): Promise<void>;
  fill(value: string, options?: WaitOptions): Promise<void>;
  inputValue(options?: WaitOptions): Promise<string>;
  setInputFiles(files: string, options?: WaitOptions): Promise<void>;
  textContent(options?: WaitOptions): Promise<string | null>;
  getAttribute(name: string, options?: WaitOptions): Promise<string | null>;
  isVisible(): Promise<boolean>;
  count(): Promise<number>;
  first(): WebLocator;
  locator(selector: string): WebLocator;
  filter(options: { hasText?: string | RegExp }): WebLocator;
  waitFor(options?: WaitOptions & { state?: 'attached' | 'detached' | 'visible' | 'hidden' }): Promise<void>;
  screenshot(options: { path: string }): Promise<unknown>;
}

export interface Download {
  path(): Promise<string | null>;
  suggestedFilename(): string;
}

export interface Request {
  url(): string;
  method(): string;
}

export interface WebPage extends Omit<Page, 'locator' | 'on'> {
  locator(selector: string): WebLocator;
  on(event: 'request', listener: (request: Request) => void): void;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  waitForEvent(event: 'download', options?: WaitOptions): Promise<Download>;
  focus(selector: string): Promise<void>;
}

export interface WebContext {
  newPage(): Promise<WebPage>;
  close(): Promise<void>;
}
