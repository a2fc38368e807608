import type { Agreement } from '../catalog/agreement.js';
import { COMMON_WORDS } from './common-words.js';
import { AGREEMENT_TITLE_WORDS } from './agreement-title-words.js';
import { toContentTokens } from './content-tokens.js';

let kinds: Set<string> | null = null;
/** the content tokens of the titles' head words ("convention", "code", "conduct") */
function kindTokens(): Set<string> {
  kinds ??= new Set(AGREEMENT_TITLE_WORDS.flatMap((w) => toContentTokens(w).map((t) => t.text)));
  return kinds;
}

/**
 * The ways an agreement is named, as content tokens, in a fixed order: its name, the name without
 * its bracketed part and the bracketed part ("Ethics for ... Teams (EthicsFIRST)" is also
 * "EthicsFIRST"), then each alias likewise. Each distinct token sequence once. A bracketed part of
 * ordinary words ("(ICTs)", "(2013 and 2016)") is no name of its own.
 */
export function nameVariantsOf(agreement: Agreement): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const names = [agreement.name, ...agreement.aliases].flatMap((name, i) => namesIn(name).map((n) => ({ ...n, alias: i > 0 || n.bracketed })));
  for (const { text, bracketed, alias } of names) {
    const tokens = toContentTokens(text).map((t) => t.text);
    const key = tokens.join(' ');
    const ordinary = bracketed && tokens.every((t) => COMMON_WORDS.has(t) || /^\d+$/.test(t));
    // an alias left with only a kind of agreement ("AU Convention" once "au" is read as French
    // "to the") would name every convention: it names nothing
    const kindOnly = alias && tokens.every((t) => kindTokens().has(t));
    if (tokens.length === 0 || ordinary || kindOnly || seen.has(key)) continue;
    seen.add(key);
    out.push(tokens);
  }
  return out;
}

/** A name, plus its bracketed part and the name without it. */
function namesIn(text: string): Array<{ text: string; bracketed: boolean }> {
  const inner = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '').filter((s) => /[a-z]{3}/i.test(s));
  return [
    ...[text, text.replace(/\([^)]*\)/g, ' ')].map((t) => ({ text: t.trim(), bracketed: false })),
    ...inner.map((t) => ({ text: t.trim(), bracketed: true })),
  ].filter((n) => n.text !== '');
}
