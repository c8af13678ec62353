// What a short bracketed text in a negotiated draft is, by its words: a placeholder for content still
// missing, the label of one version among several, or the negotiators' note on a paragraph's status.
// Each kind takes its own message and none takes "Accept the bracketed text".

/** Placeholders for content still to be supplied. */
export const PLACEHOLDER_RE =
  /^(?:[.\u2026 \t]*|x{1,4}|X{1,4}|\?+|_+|-+|tbc|tbd|pending|placeholder(?:(?: for| on| -| –|:)[^\]]{0,80})?|(?:to be|text to be|date to be|name to be|number to be) (?:completed|inserted|added|supplied|provided|confirmed|determined|decided|updated|finalized|finalised|agreed)|insert [^\]]{0,60}|(?:date|name|number|title|symbol|country|state|organization|text|amount|year|month|day|venue|city|place|location|percentage|figure|time|session)(?:s|(?: of [a-z ]{1,30}))?)$/i;
/**
 * The label of one of several versions of a text under negotiation (`[Option 1: Urges …]`, `[Alt 2. …]`,
 * `[Option B – …]`, `[Alt: …]`): whichever version is kept, its label goes, so removing the brackets never ends it.
 */
export const OPTION_LABEL_RE = /^(?:[Oo]ption|[Aa]lternative|[Aa]lt\.?|[Vv]ariant)[ \t]*(?:(?:\d{1,2}|[A-Z]|[IVX]{1,4})(?:[ \t]*(?:bis|ter))?[ \t]*[:.)\u2013-]|:)/;
/**
 * A negotiators' note on a paragraph's status (`[Agreed ad ref]`, `[Deleted]`, `[Moved to paragraph 12]`,
 * `[Para to be discussed with paragraph 31]`): removing its brackets would leave the note in the text.
 */
export const NEGOTIATION_NOTE_RE =
  /^(?:agreed(?: ad ref(?:erendum)?\.?| in informals| by the working group)?|ad ref(?:erendum)?\.?|deleted|(?:moved|merged) (?:to|into|from|with) [^\]]{1,60}|(?:(?:this )?(?:para(?:graph)?\.?|text|language) )?(?:to be (?:discussed|considered|revisited)|under discussion)(?: [^\]]{1,60})?)$/i;
