import { BindingSchema, PartiesKindSchema, type Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { entryWindow } from '../catalog/dataset-entry.js';

/**
 * A catalog's agreements column by column: the facts filters read, in small typed arrays. At
 * 10,000 agreements a pass over the objects themselves costs milliseconds (several scattered reads
 * each); one over these columns, a few microseconds per thousand. A snapshot never changes, so its
 * columns are built once, on its fifth filtering (a one-shot command filters up to four times and never pays
 * for them); any list of the snapshot's agreements is then read through its rows in them.
 */
export interface AgreementColumns {
  /** the snapshot's agreements, by id: row k is list[k] */
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
  /** element id -> its bit in `coverage`: the taxonomy's elements first, in order, so bit i is catalog.elements[i] */
  readonly elementBits: ReadonlyMap<string, number>;
  /** 32-bit words of coverage per agreement */
  readonly words: number;
  /** agreement k covers the elements whose bits are set in coverage[k * words .. (k + 1) * words) */
  readonly coverage: Uint32Array;
  /** how many distinct elements agreement k covers */
  readonly breadths: Uint8Array;
}

const columns = new WeakMap<CatalogSnapshot, AgreementColumns>();
/** filterings of a snapshot without columns so far */
const filterings = new WeakMap<CatalogSnapshot, number>();
/**
 * A one-shot `normbot ask` filters up to twice per answer, and answers twice when it shows quotes
 * (answer-from-store.ts): building the columns of 10,000 agreements costs it more than four plain passes.
 */
const FILTERINGS_BEFORE_COLUMNS = 4;

/** The snapshot's columns: built on the fifth call for the same snapshot (or the first, with `now`); null before. */
export function columnsOf(catalog: CatalogSnapshot, now = false): AgreementColumns | null {
  const kept = columns.get(catalog);
  if (kept) return kept;
  const seen = filterings.get(catalog) ?? 0;
  if (!now && seen < FILTERINGS_BEFORE_COLUMNS) {
    filterings.set(catalog, seen + 1);
    return null;
  }
  const built = buildColumns(catalog);
  columns.set(catalog, built);
  return built;
}

const rowsCache = new WeakMap<readonly Agreement[], { cols: AgreementColumns; rows: Int32Array | null }>();

/**
 * The rows of a list's agreements in the columns, in list order; null when one of them is not the
 * snapshot's own (an edited copy). Kept per list: the lists a snapshot keeps (in year order, per
 * element) are mapped once.
 */
export function rowsOf(cols: AgreementColumns, list: readonly Agreement[]): Int32Array | null {
  const kept = rowsCache.get(list);
  if (kept && kept.cols === cols) return kept.rows;
  let rows: Int32Array | null = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const a = list[k]!;
    const row = list === cols.list ? k : rowOfId(cols.ids, a.id);
    if (cols.list[row] !== a) {
      rows = null;
      break;
    }
    rows[k] = row;
  }
  rowsCache.set(list, { cols, rows });
  return rows;
}

/** The agreements in these rows, as a list whose rows are known (rowsOf reads them back without a search). */
export function listOfRows(cols: AgreementColumns, rows: readonly number[]): Agreement[] {
  const list = rows.map((row) => cols.list[row]!);
  rowsCache.set(list, { cols, rows: Int32Array.from(rows) });
  return list;
}

/** The row of an id in the id-sorted column (binary search); -1 when absent. */
function rowOfId(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return ids[lo] === id ? lo : -1;
}

/** "2022-12-01" -> 20221201 */
export function dayNumber(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) * 10_000 + Number(isoDay.slice(5, 7)) * 100 + Number(isoDay.slice(8, 10));
}

function buildColumns(catalog: CatalogSnapshot): AgreementColumns {
  const list = catalog.agreements;
  const n = list.length;
  const elementBits = new Map<string, number>(catalog.elements.map((e, i) => [e.id, i]));
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
    breadths: new Uint8Array(n),
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
    let breadth = 0;
    for (let w = k * words; w < (k + 1) * words; w++) breadth += bitCount(cols.coverage[w]!);
    cols.breadths[k] = breadth;
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

function bitCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}
