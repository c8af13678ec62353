// number-style's options, read once per run: the threshold under which whole numbers are written in
// words, and the body's own words after which a figure is a label ("Tier 2", "phase 3").

import type { RuleContext, RuleOption } from '../../rule';
import { numberOption, stringsOption } from '../../rule-options';

export const NUMBER_STYLE_OPTIONS: readonly RuleOption[] = [
  {
    name: 'threshold',
    description: 'Whole numbers below this are written in words in running text (the United Nations rule: under 10). A body may lower it (`1` reports no figure) or raise it up to 100; a series of counts one of which is 10 or more still takes figures throughout.',
    type: 'number',
    default: 10,
    minimum: 1,
    maximum: 100,
    integer: true,
  },
  {
    name: 'labels',
    description: 'Words after which a figure is a label and stays a figure, besides the built-in ones (paragraph, article, item, phase, tier, cluster…): `["basket", "wave"]` leaves "basket 2" and "wave 3" alone; case is ignored.',
    type: 'string[]',
    default: [],
  },
];

export interface NumberStyleOptions {
  readonly threshold: number;
  readonly labels: ReadonlySet<string>;
}

const read = new WeakMap<object, NumberStyleOptions>();

export function numberStyleOptions(ctx: RuleContext): NumberStyleOptions {
  let o = read.get(ctx.options);
  if (!o) {
    o = { threshold: numberOption(ctx, 'threshold', 10), labels: new Set(stringsOption(ctx, 'labels').map((w) => w.trim().toLowerCase())) };
    read.set(ctx.options, o);
  }
  return o;
}
