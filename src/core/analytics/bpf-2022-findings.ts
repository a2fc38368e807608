/**
 * What the BPF's December 2022 draft output reported (seed 000, "Workstream 1: Frequency over
 * time"): rising human rights, elections and all restraint elements; declining personal data and
 * non-state actors (itself a restraint element, so the two statements overlap). normbot compares
 * its own figures with these and says where they differ; it never adjusts its figures to them.
 */
export const BPF_2022_FINDINGS = {
  source: 'BPF Cybersecurity WS1 draft output, December 2022, "Frequency over time"',
  mostFrequent: ['1.1', '4.1'],
  leastFrequentCategory: '5',
  rising: ['1.1', '2.3', '5.1', '5.2', '5.3', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10'],
  declining: ['1.2', '5.4'],
} as const;

/** A topic the draft names as a priority of particular agreements, in its own words. */
export interface BpfPriority {
  /** "ransomware", as said back */
  topic: string;
  /** normalised words members ask it by */
  phrases: readonly string[];
  /** what the draft says, its words in quotes (a note: the lines are joined) */
  quote: string;
  /** the agreements the draft names for it, by their catalog names */
  agreements: readonly string[];
}

export const BPF_2022_PRIORITIES_SOURCE = 'BPF Cybersecurity WS1 draft output, December 2022, "New agreements/priorities"';

/**
 * "New agreements/priorities" of the draft (seed 000): ransomware, which it says the DFI and the Paris
 * Call reflect, and the focus on democracy and on disinformation that it names as qualities the two new
 * agreements share (the Copenhagen Pledge and the DFI). The catalog's coverage is kept per norm
 * element, so a question on one of these topics gets the draft's words and agreements as well.
 */
export const BPF_2022_PRIORITIES: readonly BpfPriority[] = [
  {
    topic: 'ransomware',
    phrases: ['ransomware', 'ransomware attacks', 'ransom'],
    quote:
      '"In addition, combatting ransomware has emerged as a priority", "Reflected in the Declaration for the Future of the Internet and the collaborative efforts under the Paris Call for Trust and Security in Cyberspace"',
    agreements: ['A Declaration for the Future of the Internet', 'The Paris Call for Trust and Security in Cyberspace'],
  },
  {
    topic: 'disinformation',
    phrases: ['disinformation', 'misinformation', 'influence operations'],
    quote: 'the two new agreements (the Copenhagen Pledge and the DFI) share "A focus on \'disinformation\' and influence operations"',
    agreements: ['Copenhagen Pledge on Tech for Democracy', 'A Declaration for the Future of the Internet'],
  },
  {
    topic: 'democracy',
    phrases: ['democracy', 'democracies', 'democratic coalitions', 'protecting democracy'],
    quote: 'the two new agreements (the Copenhagen Pledge and the DFI) share "A focus on protecting \'democracy\' and building democratic coalitions"',
    agreements: ['Copenhagen Pledge on Tech for Democracy', 'A Declaration for the Future of the Internet'],
  },
];
