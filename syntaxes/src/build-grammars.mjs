#!/usr/bin/env node
// Builds the two TextMate grammars of undraft from shared regular-expression fragments:
//   syntaxes/un-report.tmLanguage.json                  (scope text.un-report)
//   syntaxes/un-report-markdown-injection.tmLanguage.json (scope markdown.un-report.injection)
//
//   node syntaxes/src/build-grammars.mjs          writes both files
//   node syntaxes/src/build-grammars.mjs --check  fails when a file differs from what this script builds
//
// The JSON files are the shipped artefacts; edit this script, not the JSON.
//
// Every pattern is written so that Oniguruma cannot backtrack super-linearly: no nested quantifiers over
// overlapping character sets, starts of document symbols gated by a look-behind, lines anchored with ^ where the
// construct is line-based, and bracketed text limited to one line. test/grammar/grammar-performance.test.ts
// tokenizes adversarial lines and fails when tokenizing time grows faster than the line.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');

// ---------------------------------------------------------------------------------------------------------------
// Shared fragments (Oniguruma syntax). String.raw keeps backslashes as written.
// ---------------------------------------------------------------------------------------------------------------

/** A space or a no-break space (U+00A0), as found between day, month and year. */
const SP = String.raw`[ \x{00A0}]`;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/** `3 April 2018` (R3: day Month year, no ordinal, no comma). */
const DATE = String.raw`\d{1,2}${SP}${MONTH}${SP}\d{4}`;

/** The six official languages (R4), plus `All languages` (used on compilations). */
const LANGUAGE = String.raw`(?:Arabic|Chinese|English|French|Russian|Spanish|All${SP}languages)`;

/**
 * One component after a slash in a document symbol (R5-R8, R13):
 * `ES-10` / `S-8` (special sessions), `CN.15`, `EG.4`, `Sub.2`, `L.1`, `CRP.1`, `Add.4`, `Rev.1`, `RES`, `INF`,
 * `Summary`, `OzL.Pro.28`, or a number (session, year, serial). Each alternative stops at the next `/` and each
 * repetition inside a component starts at a `.`, so the split of a symbol into components is unique.
 */
const SYMBOL_COMPONENT = String.raw`(?:E?S-\d+|[A-Z][A-Za-z]*(?:\.(?:\d+|[A-Z][A-Za-z]*))*|\d+)`;

/**
 * A UN document symbol such as `E/CN.15/2011/19`, `A/RES/65/230`, `A/79/437/Add.4`,
 * `UNODC/CCPCJ/EG.4/2018/INF/1`, `TPNW/MSP/2025/11/Rev.1`, `S/RES/1440 (2002)`.
 * - The look-behind refuses a start inside a word or inside another symbol, so each run of symbol characters is
 *   scanned from its first character only (linear time over a line).
 * - The look-ahead requires a slash and at least one digit, which keeps `HIV/AIDS` and `and/or` out.
 * - The trailing look-ahead refuses to stop inside a word; a final full stop is allowed (end of sentence).
 */
const SYMBOL = String.raw`(?<![\w./\-])[A-Z](?=[A-Z0-9]*/[A-Za-z0-9./\-]*\d)[A-Z0-9]*(?:/${SYMBOL_COMPONENT})+(?:${SP}\(\d{4}\))?(?![\w/])`;

/**
 * A resolution or decision number: `65/230`, `2005/202`, `26/4`, `S-8/1`, `ES-10/23`, UNFCCC-style `1/CP.21`,
 * and the pre-1976 General Assembly form `3363 (XXX)` (R15).
 */
const RESOLUTION_NUMBER = String.raw`(?:(?:E?S-)?\d{1,4}/\d{1,4}|\d{1,4}/[A-Z]{2,4}\.\d{1,3}|\d{1,4}${SP}\([IVXLC]{1,8}\))`;

/** Between two resolution numbers: `, `, ` and `, ` to `, an en dash or a hyphen (or plain space). */
const RESOLUTION_SEPARATOR = String.raw`(?:${SP}*(?:,|and|to|[–-])${SP}*|${SP}+)`;

/** A roman numeral for chapters (I-XXXIX) and a capital letter for sections (R19). */
const CHAPTER_NUMERAL = String.raw`(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})`;

/** A Markdown heading prefix (`## `), optional. */
const MD_HEADING_PREFIX = String.raw`(?:(#{1,6})[ \t]+)?`;

/** A line in the masthead block: `Distr.:` somewhere, `Original:`, a date alone, or a symbol line. */
const DISTR_ANYWHERE = String.raw`[^\n]*?(?<![^\s])Distr\.:`;
const SYMBOL_LINE = String.raw`[ \t]*(?:United${SP}Nations[ \t]+)?${SYMBOL}(?:[ \t]*[–-][ \t]*${SYMBOL})?[ \t]*$`;
const MASTHEAD_LINE = String.raw`(?:${DISTR_ANYWHERE}|[ \t]*Original:|[ \t]*${DATE}[ \t]*$|[^\t\n]*\t${DATE}[ \t]*$|${SYMBOL_LINE})`;

/** Directive comment keywords that the engine honours. */
const DIRECTIVE = String.raw`undraft-(?:disable-next-line|disable-line|disable|enable)`;

/** A rule id such as `duplicate-entry`. */
const RULE_ID = String.raw`(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w])`;

/** `[` that opens bracketed text: not an image `![`, not escaped `\[`, not a Markdown link or reference. */
const BRACKET_OPEN = String.raw`(?<![!\\])(\[)(?![^\[\]\n]*\](?:\(|\[|:[ \t]))`;

// ---------------------------------------------------------------------------------------------------------------
// Rules shared by both grammars (parameterised by the scope suffix).
// ---------------------------------------------------------------------------------------------------------------

function documentSymbolRule(suffix) {
  return {
    comment: 'A UN document symbol (R5-R13).',
    match: SYMBOL,
    name: `constant.other.document-symbol.${suffix}`,
  };
}

function bracketPlaceholderRule(suffix) {
  return {
    comment: 'The placeholder [...] or […] for content still to be supplied (R43).',
    match: String.raw`(?<=\[)(?:\.\.\.|…)(?=\])`,
    name: `markup.other.placeholder.${suffix}`,
  };
}

function bracketedTextRule(suffix, innerPatterns) {
  return {
    comment:
      'Text in square brackets: not yet agreed or still to be supplied (R41, R43). One line at most. Brackets nest ' +
      'two levels deep at most, so that a line of "[[[[" cannot build thousands of nested regions.',
    begin: BRACKET_OPEN,
    beginCaptures: { 1: { name: `punctuation.definition.bracket.begin.${suffix}` } },
    end: String.raw`(\])|$`,
    endCaptures: { 1: { name: `punctuation.definition.bracket.end.${suffix}` } },
    name: `markup.changed.unresolved.bracket.${suffix}`,
    patterns: [{ include: '#bracket-placeholder' }, ...innerPatterns],
  };
}

function quotationRule(suffix, innerPatterns) {
  return {
    comment: 'Quotation marks around an exact title (R17). One line at most.',
    patterns: [
      {
        begin: '(“)',
        beginCaptures: { 1: { name: `punctuation.definition.string.begin.${suffix}` } },
        end: '(”)|$',
        endCaptures: { 1: { name: `punctuation.definition.string.end.${suffix}` } },
        name: `string.quoted.double.${suffix}`,
        patterns: innerPatterns,
      },
      {
        begin: '(")',
        beginCaptures: { 1: { name: `punctuation.definition.string.begin.${suffix}` } },
        end: '(")|$',
        endCaptures: { 1: { name: `punctuation.definition.string.end.${suffix}` } },
        name: `string.quoted.double.${suffix}`,
        patterns: innerPatterns,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// text.un-report
// ---------------------------------------------------------------------------------------------------------------

function unReportGrammar() {
  const S = 'un-report';
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: [
      'Generated by syntaxes/src/build-grammars.mjs; edit that script and run it, do not edit this file.',
    ],
    name: 'UN Report',
    scopeName: 'text.un-report',
    patterns: [
      { include: '#comments' },
      { include: '#masthead' },
      { include: '#headings' },
      { include: '#paragraph-start' },
      { include: '#list-item-start' },
      { include: '#original-language' },
      { include: '#bracketed-date-line' },
      { include: '#inline' },
    ],
    repository: {
      // ----- comments and directives -----
      comments: {
        patterns: [{ include: '#directive-comment' }, { include: '#html-comment' }],
      },
      'directive-comment': {
        comment: 'A directive comment such as <!-- undraft-disable-next-line rule-id -- reason -->.',
        begin: String.raw`(<!--)[ \t]*(${DIRECTIVE})(?=[ \t]|-->|$)`,
        beginCaptures: {
          1: { name: 'punctuation.definition.comment.begin.html' },
          2: { name: `keyword.control.directive.undraft.${S}` },
        },
        end: '(-->)',
        endCaptures: { 1: { name: 'punctuation.definition.comment.end.html' } },
        name: `comment.block.html`,
        patterns: [
          {
            comment: 'The reason after " -- ", up to the end of the comment.',
            begin: String.raw`(?<=[ \t])(--)(?=[ \t]|$)`,
            beginCaptures: { 1: { name: `punctuation.separator.reason.${S}` } },
            end: '(?=-->)',
            contentName: `string.unquoted.reason.${S}`,
          },
          { match: RULE_ID, name: `variable.parameter.rule-id.${S}` },
          { match: ',', name: `punctuation.separator.comma.${S}` },
        ],
      },
      'html-comment': {
        begin: '(<!--)',
        beginCaptures: { 1: { name: 'punctuation.definition.comment.begin.html' } },
        end: '(-->)',
        endCaptures: { 1: { name: 'punctuation.definition.comment.end.html' } },
        name: 'comment.block.html',
      },

      // ----- masthead (R1-R4) -----
      masthead: {
        comment:
          'The masthead block: from a line with "Distr.:" or a line holding only a document symbol, over blank lines, ' +
          'the date line and "Original:", up to the first other line.',
        begin: String.raw`^(?=${DISTR_ANYWHERE}|${SYMBOL_LINE})`,
        end: String.raw`^(?![ \t]*$|${MASTHEAD_LINE})`,
        name: `meta.masthead.${S}`,
        patterns: [
          { include: '#comments' },
          { include: '#masthead-symbol-line' },
          { include: '#distribution' },
          { include: '#masthead-date' },
          { include: '#original-language' },
          { include: '#inline' },
        ],
      },
      'masthead-symbol-line': {
        comment: 'The document symbol line of the masthead, e.g. "UNODC/CCPCJ/EG.4/2018/L.1".',
        match: String.raw`^[ \t]*(?:(United${SP}Nations)[ \t]+)?(${SYMBOL})(?:([ \t]*[–-][ \t]*)(${SYMBOL}))?(?=[ \t]*$)`,
        captures: {
          1: { name: `entity.name.organization.${S}` },
          2: { name: `constant.other.document-symbol.${S}` },
          3: { name: `punctuation.separator.symbols.${S}` },
          4: { name: `constant.other.document-symbol.${S}` },
        },
        name: `meta.masthead.symbol.${S}`,
      },
      distribution: {
        comment: 'Distr.: General | Limited | Restricted (R1). Anything else is marked invalid.',
        match: String.raw`(?<![^\s])(Distr\.:)(?:[ \t]*(General|Limited|Restricted)(?![\w])|[ \t]*([^\s][^\t\n]*))?`,
        captures: {
          1: { name: `keyword.other.masthead.distribution.${S}` },
          2: { name: `constant.language.distribution.${S}` },
          3: { name: `invalid.illegal.distribution.${S}` },
        },
        name: `meta.masthead.distribution.${S}`,
      },
      'masthead-date': {
        comment: 'The date line of the masthead, e.g. "3 April 2018" (R3).',
        match: String.raw`(?:^[ \t]*|(?<=\t))(${DATE})(?=[ \t]*$)`,
        captures: { 1: { name: `constant.other.date.${S}` } },
        name: `meta.masthead.date.${S}`,
      },
      'original-language': {
        comment: 'Original: English (R4), at the start of a line or after a tab.',
        match: String.raw`(?:^[ \t]*|(?<=\t))(Original:)(?:[ \t]*(${LANGUAGE})(?![\w])|[ \t]*([^\s][^\t\n]*))?`,
        captures: {
          1: { name: `keyword.other.masthead.original-language.${S}` },
          2: { name: `constant.language.original-language.${S}` },
          3: { name: `invalid.illegal.original-language.${S}` },
        },
        name: `meta.masthead.original-language.${S}`,
      },
      'annex-original-language': {
        comment: '[Original: French] at the top of an annex: a legitimate bracket (R1, R42).',
        match: String.raw`(\[)(Original:)[ \t]*(${LANGUAGE})(\])`,
        captures: {
          1: { name: `punctuation.definition.bracket.begin.${S}` },
          2: { name: `keyword.other.masthead.original-language.${S}` },
          3: { name: `constant.language.original-language.${S}` },
          4: { name: `punctuation.definition.bracket.end.${S}` },
        },
        name: `meta.annex.original-language.${S}`,
      },
      'bracketed-date-line': {
        comment: 'A bracketed date line such as "[30 June 2022]" in Official Records: legitimate (R42).',
        match: String.raw`^[ \t]*(\[)(${DATE})(\])(?=[ \t]*$)`,
        captures: {
          1: { name: `punctuation.definition.bracket.begin.${S}` },
          2: { name: `constant.other.date.${S}` },
          3: { name: `punctuation.definition.bracket.end.${S}` },
        },
        name: `meta.date.${S}`,
      },

      // ----- headings (R19-R21) -----
      headings: {
        patterns: [
          { include: '#chapter-heading' },
          { include: '#chapter-label' },
          { include: '#section-heading' },
          { include: '#annex-heading' },
          { include: '#markdown-heading' },
        ],
      },
      'chapter-heading': {
        comment: 'I. Introduction / ## II. Recommendations',
        match: String.raw`^[ \t]*${MD_HEADING_PREFIX}(${CHAPTER_NUMERAL})(\.)[ \t]+(\S.*)$`,
        captures: {
          1: { name: `punctuation.definition.heading.${S}` },
          2: { name: `constant.numeric.chapter-number.${S}` },
          3: { name: `punctuation.separator.heading.${S}` },
          4: { name: `entity.name.section.chapter.${S}`, patterns: [{ include: '#inline' }] },
        },
        name: `markup.heading.chapter.${S}`,
      },
      'chapter-label': {
        comment: '"Chapter I" on a line of its own (Official Records style).',
        match: String.raw`^[ \t]*${MD_HEADING_PREFIX}(Chapter)${SP}+(${CHAPTER_NUMERAL})(?=[ \t]*$)`,
        captures: {
          1: { name: `punctuation.definition.heading.${S}` },
          2: { name: `entity.name.section.chapter.${S}` },
          3: { name: `constant.numeric.chapter-number.${S}` },
        },
        name: `markup.heading.chapter.${S}`,
      },
      'section-heading': {
        comment: 'A. Opening of the meeting / ### B. Statements',
        match: String.raw`^[ \t]*${MD_HEADING_PREFIX}([A-Z])(\.)[ \t]+(\S.*)$`,
        captures: {
          1: { name: `punctuation.definition.heading.${S}` },
          2: { name: `constant.other.section-letter.${S}` },
          3: { name: `punctuation.separator.heading.${S}` },
          4: { name: `entity.name.section.section.${S}`, patterns: [{ include: '#inline' }] },
        },
        name: `markup.heading.section.${S}`,
      },
      'annex-heading': {
        comment: 'Annex / Annex II / Annexes on a line of their own.',
        match: String.raw`^[ \t]*${MD_HEADING_PREFIX}(Annex(?:es)?(?:${SP}+(?:${CHAPTER_NUMERAL}|[A-Z]))?)(?=[ \t]*$)`,
        captures: {
          1: { name: `punctuation.definition.heading.${S}` },
          2: { name: `entity.name.section.annex.${S}` },
        },
        name: `markup.heading.annex.${S}`,
      },
      'markdown-heading': {
        comment: 'Any other Markdown heading.',
        match: String.raw`^[ \t]*(#{1,6})[ \t]+(\S.*)$`,
        captures: {
          1: { name: `punctuation.definition.heading.${S}` },
          2: { name: `entity.name.section.${S}`, patterns: [{ include: '#inline' }] },
        },
        name: `markup.heading.${S}`,
      },

      // ----- paragraphs and subparagraphs (R22, R23, R41) -----
      'paragraph-start': {
        patterns: [{ include: '#paragraph-number' }, { include: '#bracketed-paragraph' }],
      },
      'paragraph-number': {
        comment: '21. at the start of a line; also "12 bis." for an alternative version (R22, R41).',
        match: String.raw`^[ \t]*(\d{1,4}(?:${SP}(?:bis|ter|quater))?(\.))(?=[ \t]|$)`,
        captures: {
          1: { name: `constant.numeric.paragraph-number.${S}` },
          2: { name: `punctuation.separator.paragraph-number.${S}` },
        },
      },
      'bracketed-paragraph': {
        comment: 'A whole bracketed paragraph: [15. At its 314th meeting, ...] (R41).',
        begin: String.raw`^[ \t]*(\[)(\d{1,4}(\.))(?=[ \t])`,
        beginCaptures: {
          1: { name: `punctuation.definition.bracket.begin.${S}` },
          2: { name: `constant.numeric.paragraph-number.${S}` },
          3: { name: `punctuation.separator.paragraph-number.${S}` },
        },
        end: String.raw`(\])|$`,
        endCaptures: { 1: { name: `punctuation.definition.bracket.end.${S}` } },
        name: `markup.changed.unresolved.bracket.${S}`,
        patterns: [{ include: '#inline' }],
      },
      'list-item-start': {
        patterns: [{ include: '#subparagraph' }, { include: '#bullet' }],
      },
      subparagraph: {
        comment: '(a), (b) ... and (i), (iv) ... at the start of a line, with or without a leading "- " (R23).',
        match: String.raw`^[ \t]*(?:([-*+])[ \t]+)?((\()(?:[a-z]{1,2}|[ivxlc]{1,7})(\)))(?=[ \t]|$)`,
        captures: {
          1: { name: `punctuation.definition.list.begin.${S}` },
          2: { name: `constant.other.subparagraph.${S}` },
          3: { name: `punctuation.definition.subparagraph.begin.${S}` },
          4: { name: `punctuation.definition.subparagraph.end.${S}` },
        },
        name: `meta.subparagraph.${S}`,
      },
      bullet: {
        match: String.raw`^[ \t]*([-*+])(?=[ \t])`,
        captures: { 1: { name: `punctuation.definition.list.begin.${S}` } },
      },

      // ----- inline constructs -----
      inline: {
        comment: 'Everything that can appear in running text. Only brackets and quotations are regions that can nest.',
        patterns: [
          { include: '#comments' },
          { include: '#resolution-citation' },
          { include: '#annex-original-language' },
          { include: '#markdown-link' },
          { include: '#markdown-reference-link' },
          { include: '#bracketed-text' },
          { include: '#quotation' },
          { include: '#inline-flat' },
        ],
      },
      'inline-flat': {
        comment: 'Running-text constructs that cannot contain brackets or quotations (no recursion).',
        patterns: [
          { include: '#comments' },
          { include: '#resolution-citation' },
          { include: '#annex-original-language' },
          { include: '#markdown-link' },
          { include: '#markdown-reference-link' },
          { include: '#document-symbol' },
          { include: '#url' },
          { include: '#bold' },
          { include: '#italic' },
          { include: '#inline-code' },
        ],
      },
      'document-symbol': documentSymbolRule(S),
      'resolution-citation': {
        comment:
          'resolution 65/230, decision 2005/202, resolutions 31/6 A and B, decisions 2025/1, 2025/2 and 2025/3, ' +
          'resolution [65/230](#). The region ends as soon as no further number or letter follows (R15).',
        begin: String.raw`\b([Rr]esolutions?|[Dd]ecisions?)(?=${SP}+\[?${RESOLUTION_NUMBER}(?![\w/]))`,
        beginCaptures: { 1: { name: `keyword.other.citation.${S}` } },
        end: String.raw`(?!${RESOLUTION_SEPARATOR}?\[?${RESOLUTION_NUMBER}(?![\w/])|(?<=[\d)])${SP}[A-Z](?![\w/])|(?<=${SP}[A-Z])${SP}*(?:,|and)${SP}*[A-Z](?![\w/]))`,
        name: `meta.citation.resolution.${S}`,
        patterns: [
          {
            comment: 'A number written as a Markdown link: [65/230](#).',
            match: String.raw`(${RESOLUTION_SEPARATOR})?((\[)(${RESOLUTION_NUMBER})(\])(\()([^()\s]*)(\)))`,
            captures: {
              2: { name: `meta.link.inline.${S}` },
              3: { name: `punctuation.definition.link.title.begin.${S}` },
              4: { name: `constant.numeric.resolution-number.${S}` },
              5: { name: `punctuation.definition.link.title.end.${S}` },
              6: { name: `punctuation.definition.link.url.begin.${S}` },
              7: { name: `markup.underline.link.${S}` },
              8: { name: `punctuation.definition.link.url.end.${S}` },
            },
          },
          {
            match: String.raw`(${RESOLUTION_SEPARATOR})?(${RESOLUTION_NUMBER})(?![\w/])`,
            captures: { 2: { name: `constant.numeric.resolution-number.${S}` } },
          },
          {
            comment: 'The letter of a resolution adopted under one number: 31/16 A.',
            match: String.raw`(?<=[\d)])(${SP})([A-Z])(?![\w/])`,
            captures: { 2: { name: `constant.numeric.resolution-number.part.${S}` } },
          },
          {
            comment: 'Further letters: 31/6 A and B, 31/6 A, B and C.',
            match: String.raw`(?<=${SP}[A-Z])(${SP}*(?:,|and)${SP}*)([A-Z])(?![\w/])`,
            captures: { 2: { name: `constant.numeric.resolution-number.part.${S}` } },
          },
        ],
      },
      'markdown-link': {
        comment: 'A Markdown inline link [text](url "title"): a link, not bracketed text.',
        match: String.raw`(\[)([^\[\]\n]*)(\])(\()([^()\s]*)(?:[ \t]+("[^"\n]*"))?(\))`,
        captures: {
          1: { name: `punctuation.definition.link.title.begin.${S}` },
          2: {
            name: `string.other.link.title.${S}`,
            patterns: [{ include: '#document-symbol' }],
          },
          3: { name: `punctuation.definition.link.title.end.${S}` },
          4: { name: `punctuation.definition.link.url.begin.${S}` },
          5: { name: `markup.underline.link.${S}` },
          6: { name: `string.other.link.description.title.${S}` },
          7: { name: `punctuation.definition.link.url.end.${S}` },
        },
        name: `meta.link.inline.${S}`,
      },
      'markdown-reference-link': {
        comment: 'A Markdown reference link [text][ref].',
        match: String.raw`(\[)([^\[\]\n]*)(\])(\[)([^\[\]\n]*)(\])`,
        captures: {
          1: { name: `punctuation.definition.link.title.begin.${S}` },
          2: {
            name: `string.other.link.title.${S}`,
            patterns: [{ include: '#document-symbol' }],
          },
          3: { name: `punctuation.definition.link.title.end.${S}` },
          4: { name: `punctuation.definition.constant.begin.${S}` },
          5: { name: `constant.other.reference.link.${S}` },
          6: { name: `punctuation.definition.constant.end.${S}` },
        },
        name: `meta.link.reference.${S}`,
      },
      'bracket-placeholder': bracketPlaceholderRule(S),
      'bracketed-text': bracketedTextRule(S, [
        { include: '#annex-original-language' },
        { include: '#markdown-link' },
        { include: '#markdown-reference-link' },
        { include: '#bracketed-text-inner' },
        { include: '#quotation-inner' },
        { include: '#inline-flat' },
      ]),
      'bracketed-text-inner': bracketedTextRule(S, [{ include: '#inline-flat' }]),
      url: {
        comment: 'A bare web address, e.g. https://undocs.org/E/CN.15/2011/19.',
        match: String.raw`\bhttps?://[^\s<>"“”()\[\]]+[^\s<>"“”()\[\].,;:!?]`,
        name: `markup.underline.link.${S}`,
      },
      quotation: quotationRule(S, [
        { include: '#markdown-link' },
        { include: '#markdown-reference-link' },
        { include: '#bracketed-text-inner' },
        { include: '#inline-flat' },
      ]),
      'quotation-inner': quotationRule(S, [{ include: '#inline-flat' }]),
      bold: {
        match: String.raw`(\*\*)([^*\s](?:[^*\n]*[^*\s])?)(\*\*)`,
        captures: {
          1: { name: `punctuation.definition.bold.${S}` },
          3: { name: `punctuation.definition.bold.${S}` },
        },
        name: `markup.bold.${S}`,
      },
      italic: {
        comment: '*inter alia* (Latin terms are italic in UN documents).',
        match: String.raw`(?<!\*)(\*)([^*\s](?:[^*\n]*[^*\s])?)(\*)(?!\*)`,
        captures: {
          1: { name: `punctuation.definition.italic.${S}` },
          3: { name: `punctuation.definition.italic.${S}` },
        },
        name: `markup.italic.${S}`,
      },
      'inline-code': {
        match: '(`)([^`\\n]+)(`)',
        captures: {
          1: { name: `punctuation.definition.raw.${S}` },
          3: { name: `punctuation.definition.raw.${S}` },
        },
        name: `markup.inline.raw.${S}`,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// markdown.un-report.injection
// ---------------------------------------------------------------------------------------------------------------

/**
 * Scopes in which nothing is injected: code, comments, links and embedded blocks of VS Code's Markdown grammar,
 * and our own bracketed text, whose rules nest brackets themselves (two levels at most).
 */
const MARKDOWN_EXCLUDED =
  '-comment -markup.fenced_code -markup.inline.raw -markup.raw -meta.link -meta.embedded -markup.changed.unresolved.bracket.un-report';

function markdownInjectionGrammar() {
  const S = 'un-report';
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: [
      'Generated by syntaxes/src/build-grammars.mjs; edit that script and run it, do not edit this file.',
      'Injected into text.html.markdown, inside paragraphs (including list items and block quotes) and headings, ' +
        'with priority (L:) so that "[...]" is bracketed text even where the Markdown grammar would take it for a ' +
        'shortcut reference link. Markdown inline and reference links are refused by a look-ahead and stay links. ' +
        'Code, comments, links and embedded blocks are excluded.',
    ],
    scopeName: 'markdown.un-report.injection',
    injectionSelector: [
      `L:meta.paragraph.markdown ${MARKDOWN_EXCLUDED}`,
      `L:markup.heading.markdown ${MARKDOWN_EXCLUDED}`,
    ].join(', '),
    patterns: [{ include: '#bracketed-text' }, { include: '#document-symbol' }],
    repository: {
      'document-symbol': documentSymbolRule(S),
      'bracket-placeholder': bracketPlaceholderRule(S),
      'bracketed-text': bracketedTextRule(S, [
        { include: '#bracketed-text-inner' },
        { include: '#document-symbol' },
        { include: 'text.html.markdown#inline' },
      ]),
      'bracketed-text-inner': bracketedTextRule(S, [
        { include: '#document-symbol' },
        { include: 'text.html.markdown#inline' },
      ]),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------

const outputs = [
  { file: 'un-report.tmLanguage.json', grammar: unReportGrammar() },
  { file: 'un-report-markdown-injection.tmLanguage.json', grammar: markdownInjectionGrammar() },
];

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, grammar } of outputs) {
  const path = join(outDir, file);
  const text = JSON.stringify(grammar, null, 2) + '\n';
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error(`syntaxes/${file} is not up to date: run node syntaxes/src/build-grammars.mjs`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote syntaxes/${file}`);
  }
}
if (stale > 0) process.exit(1);
