/**
 * Turns a Hunspell dictionary (an `.aff` rules file and a `.dic` stem list) into the
 * flat list of every word form it accepts, so that checking a word at run time is one
 * hash lookup instead of affix stripping.
 *
 * Only the parts of the format that the English dictionary uses are supported: one
 * character per flag, PFX/SFX groups with conditions made of literal characters, `.`
 * and bracket classes, cross products between one prefix and one suffix, and the
 * ONLYINCOMPOUND / NEEDAFFIX / FORBIDDENWORD flags. Numbers and ordinals (the only
 * compounds in en_US) are handled by the speller itself, so compound rules are ignored.
 * Anything else that would change the result (long or numeric flags, continuation
 * classes on affixes) raises an error instead of producing a silently wrong list.
 */

interface AffixRule {
  strip: string;
  add: string;
  condition: RegExp | null;
}

interface AffixGroup {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  rules: AffixRule[];
}

interface AffixData {
  groups: Map<string, AffixGroup>;
  onlyInCompound?: string;
  needAffix?: string;
  forbidden?: string;
}

const UNSUPPORTED = new Set(['FLAG', 'CIRCUMFIX', 'COMPLEXPREFIXES', 'FULLSTRIP', 'AF']);

function conditionRegExp(kind: 'PFX' | 'SFX', condition: string): RegExp | null {
  if (condition === '.' || condition === '') return null;
  // Hunspell conditions are a subset of regular-expression syntax; escape anything
  // outside `.`, `[`, `]` and `^` so stray characters stay literal.
  const source = condition.replace(/[\\$*+?(){}|/-]/g, '\\$&');
  return kind === 'SFX' ? new RegExp(`(?:${source})$`, 'u') : new RegExp(`^(?:${source})`, 'u');
}

export function parseAff(aff: string): AffixData {
  const data: AffixData = { groups: new Map() };
  const lines = aff.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split(/\s+/);
    const key = parts[0]!;
    if (UNSUPPORTED.has(key)) throw new Error(`Hunspell directive ${key} is not supported`);
    if (key === 'ONLYINCOMPOUND') data.onlyInCompound = parts[1];
    else if (key === 'NEEDAFFIX') data.needAffix = parts[1];
    else if (key === 'FORBIDDENWORD') data.forbidden = parts[1];
    else if ((key === 'PFX' || key === 'SFX') && parts.length === 4 && /^[YN]$/.test(parts[2]!)) {
      const flag = parts[1]!;
      const count = Number(parts[3]);
      const group: AffixGroup = { kind: key, cross: parts[2] === 'Y', rules: [] };
      for (let n = 0; n < count; n++) {
        const rule = (lines[++i] ?? '').trim().split(/\s+/);
        if (rule[0] !== key || rule[1] !== flag || rule.length < 4) {
          throw new Error(`Malformed ${key} ${flag} rule at line ${i + 1}`);
        }
        const add = rule[3]!;
        if (add.includes('/')) throw new Error(`Affix continuation classes are not supported (line ${i + 1})`);
        group.rules.push({
          strip: rule[2] === '0' ? '' : rule[2]!,
          add: add === '0' ? '' : add,
          condition: conditionRegExp(key, rule[4] ?? '.'),
        });
      }
      data.groups.set(flag, group);
    }
  }
  return data;
}

function applies(kind: 'PFX' | 'SFX', rule: AffixRule, word: string): boolean {
  if (rule.strip) {
    if (rule.strip.length >= word.length) return false;
    if (kind === 'SFX' ? !word.endsWith(rule.strip) : !word.startsWith(rule.strip)) return false;
  }
  return rule.condition === null || rule.condition.test(word);
}

function affix(kind: 'PFX' | 'SFX', rule: AffixRule, word: string): string {
  return kind === 'SFX' ? word.slice(0, word.length - rule.strip.length) + rule.add : rule.add + word.slice(rule.strip.length);
}

/** Every form of one stem with the given flags. */
function expandStem(stem: string, flags: string, aff: AffixData, out: Set<string>): void {
  if (aff.onlyInCompound && flags.includes(aff.onlyInCompound)) return;
  if (aff.forbidden && flags.includes(aff.forbidden)) return;
  if (!(aff.needAffix && flags.includes(aff.needAffix))) out.add(stem);

  const prefixes: AffixGroup[] = [];
  const suffixes: AffixGroup[] = [];
  for (const flag of flags) {
    const group = aff.groups.get(flag);
    if (group) (group.kind === 'PFX' ? prefixes : suffixes).push(group);
  }
  const suffixed: string[] = [];
  for (const group of suffixes) {
    for (const rule of group.rules) {
      if (!applies('SFX', rule, stem)) continue;
      const form = affix('SFX', rule, stem);
      out.add(form);
      if (group.cross) suffixed.push(form);
    }
  }
  for (const group of prefixes) {
    for (const rule of group.rules) {
      if (!applies('PFX', rule, stem)) continue;
      out.add(affix('PFX', rule, stem));
      if (!group.cross) continue;
      // A cross-product prefix also combines with each cross-product suffix.
      for (const form of suffixed) if (applies('PFX', rule, form)) out.add(affix('PFX', rule, form));
    }
  }
}

/**
 * The sorted, de-duplicated list of words that the dictionary accepts. Entries that
 * contain digits (the building blocks of en_US's ordinal compounds, such as `1st` or
 * `0th`) are left out: the speller judges numbers itself.
 */
export function expandHunspell(affText: string, dicText: string): string[] {
  const aff = parseAff(affText);
  const out = new Set<string>();
  const lines = dicText.split(/\r?\n/);
  // The first line of a .dic file is the approximate number of entries.
  for (let i = /^\d+\s*$/.test(lines[0] ?? '') ? 1 : 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    // Morphological fields after a tab are not used by en_US; drop them if present.
    const entry = line.split('\t')[0]!;
    const slash = entry.indexOf('/');
    const stem = slash === -1 ? entry : entry.slice(0, slash);
    const flags = slash === -1 ? '' : entry.slice(slash + 1);
    if (/\d/.test(stem)) continue;
    expandStem(stem, flags, aff, out);
  }
  return [...out].sort();
}
