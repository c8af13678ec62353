// Plain data shared by the parser, the rules, the engine and every edge (CLI, language server).
// Offsets are UTF-16 code units, 0-based; ranges are end-exclusive.

/** How serious a finding is. The edges map these to exit codes and LSP severities. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity as configured by a user: `off` silences a rule. */
export type SeveritySetting = Severity | 'off';

/** A span of the text: `start` inclusive, `end` exclusive, both UTF-16 offsets, 0-based. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Replace the text in `range` with `newText`. An empty range inserts. */
export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

/**
 * Whether a fix may be applied unseen. `safe`: it changes form, never meaning (separators in a symbol,
 * curly quotation marks, renumbering). `unsafe`: it changes what the text says or guesses (accepting
 * bracketed text, removing a listed State, the closest known name); a person decides, so `--fix`,
 * fix-all and fix-on-save leave it alone.
 */
export type FixSafety = 'safe' | 'unsafe';

/** One way to repair a finding: a title for menus, the edits that make it, and whether it is safe. */
export interface Fix {
  /** For an unsafe fix, says what the person decides ("Accept the bracketed text"). */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly safety: FixSafety;
}

/** A second place that explains a finding (the first occurrence of a duplicate, say). */
export interface RelatedLocation {
  readonly range: TextRange;
  readonly message: string;
}

/** What a rule reports: a problem in the draft, where it is, and how to fix it. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Quotes the offending text and says what is expected. */
  readonly message: string;
  /** The stable id of the message in the rule's `meta.messages`, when the rule gives one, and what fills it. */
  readonly messageId?: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly range: TextRange;
  readonly related: readonly RelatedLocation[];
  /** Zero or more fixes; the first is the preferred one. */
  readonly fixes: readonly Fix[];
}

/** The stage of a draft: `final` makes leftovers of negotiation (brackets, placeholders) errors. */
export type Stage = 'draft' | 'final';

/** Options of one check run, as the edges read them from flags or settings. */
export interface CheckOptions {
  /** Explicit stage; when absent the masthead decides (`Distr.: General` means final). */
  readonly stage?: Stage;
  /** Per-rule severity overrides; `off` disables the rule. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /**
   * The document's date as `YYYY-MM-DD` (CLI `--date`), overriding the date read from the text:
   * names and conventions in use on that date are not defects.
   */
  readonly documentDate?: string;
  /**
   * Options per rule id, checked against each rule's `meta.options` (a wrong value is a warning and
   * the default is used); the project config's vocabularies arrive here too.
   */
  readonly ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Only these rules run (fixture tests use this); undefined means all. */
  readonly only?: readonly string[];
  /**
   * At most this many findings per rule and document, then one finding that counts the rest
   * (default DEFAULT_MAX_FINDINGS_PER_RULE; 0 means no limit).
   */
  readonly maxFindingsPerRule?: number;
  /**
   * Text set beside the body (a Word text box, placed in the text after the paragraph that anchors it): its lines
   * are read as text of their own, never as the body's paragraphs, headings or lists, so a list numbered inside a
   * box does not break the report's numbering. Offsets into the text; what is not a whole line is ignored.
   */
  readonly asides?: readonly TextRange[];
}
