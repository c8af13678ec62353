// The JSON Schema of undraft.config.json, generated from the rules' metadata (ids, descriptions,
// options): the one description of the file. scripts/build.mjs writes it to
// dist/undraft.config.schema.json for VS Code (contributes.jsonValidation); load.ts validates with it.

import { allRules, ruleDocsUrl, type Rule, type RuleOption } from '../core/index';
import { WORD_CHECKS } from '../docx/checks';

export const CONFIG_FILE_NAME = 'undraft.config.json';
export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;

type Schema = Record<string, unknown>;

function optionSchema(o: RuleOption): Schema {
  const base: Schema = { description: o.description, markdownDescription: o.description, default: o.default };
  switch (o.type) {
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'number':
      return {
        ...base,
        type: o.integer ? 'integer' : 'number',
        ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
        ...(o.maximum !== undefined ? { maximum: o.maximum } : {}),
      };
    case 'string':
      return { ...base, type: 'string', ...(o.pattern ? { pattern: o.pattern, patternErrorMessage: `expected ${o.patternDescription ?? `a string matching ${o.pattern}`}` } : {}) };
    case 'string[]':
      return { ...base, type: 'array', items: { type: 'string' } };
    case 'string-map':
      return { ...base, type: 'object', additionalProperties: { type: 'string' } };
  }
}

/** A Word-only check (docx/checks.ts): a severity, no options; its default depends on the stage. */
function wordCheckSchema(id: string, description: string): Schema {
  const text = `${description} (Word drafts only). See ${ruleDocsUrl(id)}`;
  return { description: text, markdownDescription: `${description} (Word drafts only). [Documentation](${ruleDocsUrl(id)})`, oneOf: [{ type: 'string', enum: [...SEVERITY_SETTINGS] }, { type: 'array', minItems: 1, maxItems: 1, items: [{ type: 'string', enum: [...SEVERITY_SETTINGS] }], additionalItems: false }] };
}

function ruleEntrySchema(rule: Rule): Schema {
  const { id, description, defaultSeverity } = rule.meta;
  const severity = { type: 'string', enum: [...SEVERITY_SETTINGS] };
  const options = rule.meta.options ?? [];
  const props: Record<string, Schema> = {};
  for (const o of options) props[o.name] = optionSchema(o);
  const text = `${description} (default: ${defaultSeverity}). ${options.length > 0 ? `Options: ${options.map((o) => o.name).join(', ')}. ` : ''}See ${ruleDocsUrl(id)}`;
  return {
    description: text,
    markdownDescription: `${description} (default: \`${defaultSeverity}\`)${options.length > 0 ? `; options: ${options.map((o) => `\`${o.name}\``).join(', ')}` : ''}. [Documentation](${ruleDocsUrl(id)})`,
    oneOf: [
      severity,
      {
        type: 'array',
        minItems: 1,
        maxItems: 2,
        items: [severity, { type: 'object', properties: props, additionalProperties: false }],
        additionalItems: false,
      },
    ],
  };
}

/** The fields a config and each of its overrides may set. */
function settingProperties(): Record<string, Schema> {
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    rules: { $ref: '#/definitions/rules' },
    stage: { type: 'string', enum: ['draft', 'final'], description: 'The stage of the drafts; when absent the masthead decides (Distr.: General is final).' },
    date: {
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      patternErrorMessage: 'expected a date in the form YYYY-MM-DD',
      description: 'The document date (YYYY-MM-DD) when the masthead gives none: names and conventions in use on that date are right.',
    },
    abbreviations: {
      type: 'object',
      additionalProperties: { type: 'string', minLength: 1 },
      description: 'The body\'s own abbreviations with their full forms ({ "EGRIS": "the Expert Group on Refugee Statistics" }); the abbreviation rule\'s option `known`.',
    },
    terms: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'The body\'s own terms with their capitals (["the Expert Group"]); the term-consistency rule\'s option `terms`.' },
    acceptedNames: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Names accepted for this body in lists of States and attributions; the country-name rule\'s option `accepted`.' },
    ignores: { ...globs, description: 'Globs (relative to this file\'s folder) of drafts not to check.' },
  };
}

/** The schema of undraft.config.json for these rules. */
export function configSchema(rules: readonly Rule[] = allRules): Schema {
  const settings = settingProperties();
  const ruleProps: Record<string, Schema> = {};
  for (const r of rules) ruleProps[r.meta.id] = ruleEntrySchema(r);
  for (const w of WORD_CHECKS) ruleProps[w.id] = wordCheckSchema(w.id, w.description);
  const globs = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'undraft project configuration (undraft.config.json)',
    type: 'object',
    additionalProperties: false,
    definitions: {
      rules: {
        type: 'object',
        description: 'Severity per rule id ("off", "info", "warning", "error"), or [severity, { options }].',
        properties: ruleProps,
        additionalProperties: false,
      },
    },
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'A config to build on: a relative path ("../undraft.config.json") or a package name, resolved from this file\'s folder; a list is applied in order.',
        oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
      },
      files: { ...globs, description: 'Globs (relative to this file\'s folder) of the drafts this config checks; others found in folders are left out.' },
      ...settings,
      overrides: {
        type: 'array',
        description: 'Settings for some files: [{ "files": ["annexes/**"], "rules": { … } }], applied in order after the rest.',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: { files: { ...globs, description: 'Globs (relative to this file\'s folder) of the files these settings apply to.' }, ...settings },
        },
      },
    },
  };
}
