import { stemToken } from './stem-token.js';

/**
 * Ordinary English words that occur in agreement names ("call", "contract", "first", "web").
 * A word unique to one agreement's name identifies it only when it is not one of these:
 * "Paris" or "GCSC" does, "first" or "future" does not. Compared after plural folding.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `about above accord act action address advancing against agreed agreement all also american annex anti any
   approach approache are area attack based be behavior behaviour between board building business call can
   center centre charter code coalition combating commission commitment committee common communication community
   companion computer concept conduct confidence connected consensus context contract convention cooperation
   council creating crime critical cyber cybersecurity cyberspace data decision declaration defence defense
   defending democracy deterrence development digital digitally do document draft economic economy edition
   effort ensuring ethic european expert field final first foreign forum framework free freedom from future
   general global group guide guideline have help how human i ii iii ict icts impact incident information international
   internet is join joint know law league leader legal list make management measure member model more mutually
   national network new no offence norm not online open org organisation organization our package para parliament
   partner partnership people personal phase plan pledge policy practice principle program programme
   prosperity protection public recommendation regional report res resilience resolution response
   responsible right risk routing safe secure security six social southern stability state statement strong
   substantive summit system team tech technology telecommunication tell threat trust union united us use
   voluntary web what which who why work working world`
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(stemToken),
);
