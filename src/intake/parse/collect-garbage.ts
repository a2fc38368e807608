import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null = null;

/**
 * A full garbage collection now. After a large message, V8 would keep the heap it grew (and the
 * buffers it holds) until a later allocation forces a collection; the intake reads one message after
 * another without pause, so those heaps pile up into the process's peak. Collecting right after a
 * large message gives its memory back before the next one. Node exposes gc() only behind a flag:
 * the flag is set at run time and the function taken from a fresh context, as the expose-gc package does.
 */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
