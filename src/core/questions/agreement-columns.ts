import { BindingSchema, PartiesKindSchema, type Agreement } from '../catalog/agreement.js';
import { entryWindow } from '../catalog/dataset-entry.js';

/**
 * A list of agreements column by column: the facts filters read, in small typed arrays. At 10,000
 * agreements a pass over the objects themselves costs milliseconds (several scattered reads each);
 * one over these columns, a few microseconds per thousand. Lists never change once a snapshot made
 * them, so a list's columns are built once, on its second filtering: the lists a snapshot keeps (its
 * agreements, in year order, per element) get them; a list made for one answer does not.
 */
export interface AgreementColumns {
  readonly list: readonly Agreement[];
  readonly ids: Int32Array;
  /** year of adoption; 0 when unknown */
  readonly years: Int16Array;
  /** one bit: BindingSchema.options' index of the binding status */
  readonly bindings: Uint8Array;
  /** a bit per kind of party (PartiesKindSchema.options' index) */
  readonly kinds: Uint8Array;
  /** the first day the agreement may have entered the dataset, as yyyymmdd; -1 when unknown */
  readonly entryFirsts: Int32Array;
  /** the day it was in the dataset by, as yyyymmdd */
  readonly entryBys: Int32Array;
  /** element id -> its bit in `coverage` */
  readonly elementBits: ReadonlyMap<string, number>;
  /** 32-bit words of coverage per agreement */
  readonly words: number;
  /** agreement k covers the elements whose bits are set in coverage[k * words .. (k + 1) * words) */
  readonly coverage: Uint32Array;
}

const columns = new WeakMap<readonly Agreement[], AgreementColumns>();
const seenOnce = new WeakSet<readonly Agreement[]>();

/** The list's columns: built on the second call for the same list (or the first, with `now`); null before. */
export function columnsOf(list: readonly Agreement[], now = false): AgreementColumns | null {
  const kept = columns.get(list);
  if (kept) return kept;
  if (!now && !seenOnce.has(list)) {
    seenOnce.add(list);
    return null;
  }
  const built = buildColumns(list);
  columns.set(list, built);
  return built;
}

/** "2022-12-01" -> 20221201 */
export function dayNumber(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) * 10_000 + Number(isoDay.slice(5, 7)) * 100 + Number(isoDay.slice(8, 10));
}

function buildColumns(list: readonly Agreement[]): AgreementColumns {
  const n = list.length;
  const elementBits = new Map<string, number>();
  for (const a of list) for (const c of a.coverage) if (!elementBits.has(c.element)) elementBits.set(c.element, elementBits.size);
  const words = Math.max(1, Math.ceil(elementBits.size / 32));
  const cols = {
    list,
    ids: new Int32Array(n),
    years: new Int16Array(n),
    bindings: new Uint8Array(n),
    kinds: new Uint8Array(n),
    entryFirsts: new Int32Array(n),
    entryBys: new Int32Array(n),
    elementBits,
    words,
    coverage: new Uint32Array(n * words),
  };
  list.forEach((a, k) => {
    cols.ids[k] = a.id;
    cols.years[k] = a.year ?? 0;
    cols.bindings[k] = 1 << BindingSchema.options.indexOf(a.binding);
    cols.kinds[k] = a.partiesKinds.reduce((bits, kind) => bits | (1 << PartiesKindSchema.options.indexOf(kind)), 0);
    const w = entryWindow(a);
    cols.entryFirsts[k] = w.first === null ? -1 : dayNumber(w.first);
    cols.entryBys[k] = dayNumber(w.by);
    for (const c of a.coverage) {
      const bit = elementBits.get(c.element)!;
      cols.coverage[k * words + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  });
  return cols;
}

/** The coverage words with the bits of these elements set (elements the list never covers set none). */
export function elementMask(cols: AgreementColumns, elementIds: readonly string[]): Uint32Array {
  const mask = new Uint32Array(cols.words);
  for (const id of elementIds) {
    const bit = cols.elementBits.get(id);
    if (bit !== undefined) mask[bit >>> 5]! |= 1 << (bit & 31);
  }
  return mask;
}

/** Whether agreement k covers one of the mask's elements. */
export function coversAny(cols: AgreementColumns, k: number, mask: Uint32Array): boolean {
  for (let w = 0; w < cols.words; w++) if ((cols.coverage[k * cols.words + w]! & mask[w]!) !== 0) return true;
  return false;
}
