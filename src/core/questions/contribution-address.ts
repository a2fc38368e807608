/**
 * Where members propose an agreement for the catalog: the address of the BPF's call for
 * contributions ("Contributions can be submitted to bpf-cybersecurity-contribution@intgovforum.org",
 * seed 003). A deployment sets another with NORMBOT_CONTRIBUTION_ADDRESS (src/config.ts).
 */
export const BPF_CONTRIBUTION_ADDRESS = 'bpf-cybersecurity-contribution@intgovforum.org';
