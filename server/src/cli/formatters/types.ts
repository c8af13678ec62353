// What every output format receives.

import type { RuleMeta } from '../../core/index';
import type { Palette } from '../color';
import type { FileResult, Counts } from '../results';

export interface FormatContext {
  readonly version: string;
  /** Metadata of every registered rule (SARIF lists them). */
  readonly rules: readonly RuleMeta[];
  readonly docsUrl: (id: string) => string;
  readonly palette: Palette;
  readonly counts: Counts;
  /** Whether fixes were applied in this run (then "fixable with --fix" is not suggested). */
  readonly fixing: boolean;
  /** Whether unsafe fixes were applied too (then "more with --unsafe-fixes" is not suggested). */
  readonly fixingUnsafe: boolean;
  /** Inputs that could not be read, for formats that can carry them (SARIF). */
  readonly unreadable: readonly { readonly input: string; readonly reason: string }[];
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
