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
