// The isort settings that decide where an added import goes, found as isort
// finds them: walking up from the file, the first directory with an isort
// section in `.isort.cfg`, `pyproject.toml` ([tool.isort]), `setup.cfg` or
// `tox.ini` ([isort] or [tool:isort]). Only the settings that move an import
// are read: the profile, force_sort_within_sections, force_single_line and
// order_by_type.
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { safeRead } from '../config.js';
import { ISORT_DEFAULTS } from '../fix/socket-names.js';
import type { ImportStyle } from '../rules/rule.js';

/** isort's profiles, as far as these settings go (isort/profiles.py). */
const PROFILES: Record<string, Partial<ImportStyle>> = {
  black: {},
  django: {},
  pycharm: {},
  hug: {},
  attrs: {},
  wemake: {},
  google: { forceSortWithinSections: true, forceSingleLine: true, orderByType: false },
  open_stack: { forceSortWithinSections: true, forceSingleLine: true, orderByType: false },
  plone: { forceSortWithinSections: true, forceSingleLine: true, orderByType: false },
};

const DEFAULT: ImportStyle = ISORT_DEFAULTS;
const cache = new Map<string, ImportStyle>();

function truthy(v: unknown): boolean {
  return v === true || (typeof v === 'string' && /^(true|1|yes|on)$/i.test(v.trim()));
}

function fromEntries(entries: Record<string, unknown>): ImportStyle {
  const profile = typeof entries.profile === 'string' ? PROFILES[entries.profile.trim()] ?? {} : {};
  const style: ImportStyle = { ...DEFAULT, ...profile };
  if ('force_sort_within_sections' in entries) style.forceSortWithinSections = truthy(entries.force_sort_within_sections);
  if ('force_single_line' in entries) style.forceSingleLine = truthy(entries.force_single_line);
  if ('order_by_type' in entries) style.orderByType = truthy(entries.order_by_type);
  return style;
}

/** The `key = value` lines of an INI section (`[isort]`, `[tool:isort]`, `[settings]`), or null when it has none. */
function iniSection(text: string, names: string[]): Record<string, string> | null {
  let inside = false;
  let found = false;
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      inside = names.includes(header[1].trim());
      found ||= inside;
      continue;
    }
    const kv = inside ? /^([\w-]+)\s*[=:]\s*(.*)$/.exec(line) : null;
    if (kv) out[kv[1].replace(/-/g, '_')] = kv[2];
  }
  return found ? out : null;
}

/** The settings of the directory's own isort configuration, or null when it has none. */
function settingsIn(dir: string): ImportStyle | null {
  const cfg = safeRead(path.join(dir, '.isort.cfg'));
  const fromCfg = cfg !== null ? iniSection(cfg, ['settings', 'isort']) : null;
  if (fromCfg) return fromEntries(fromCfg);
  const pyproject = safeRead(path.join(dir, 'pyproject.toml'));
  if (pyproject !== null && /\[tool\.isort\]/.test(pyproject)) {
    try {
      const isort = (parseToml(pyproject) as { tool?: { isort?: Record<string, unknown> } }).tool?.isort;
      if (isort) return fromEntries(isort);
    } catch {
      // Ex) a malformed pyproject.toml: isort would stop there too; keep the defaults
      return DEFAULT;
    }
  }
  for (const name of ['setup.cfg', 'tox.ini']) {
    const text = safeRead(path.join(dir, name));
    const section = text !== null ? iniSection(text, ['isort', 'tool:isort']) : null;
    if (section) return fromEntries(section);
  }
  return null;
}

/** The isort settings that apply to `file` (isort's defaults when no configuration is found). */
export function importStyle(file: string): ImportStyle {
  const start = path.dirname(path.resolve(file));
  const seen: string[] = [];
  let style: ImportStyle = DEFAULT;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const known = cache.get(dir);
    if (known) {
      style = known;
      break;
    }
    seen.push(dir);
    const own = settingsIn(dir);
    if (own) {
      style = own;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of seen) cache.set(dir, style);
  return style;
}
