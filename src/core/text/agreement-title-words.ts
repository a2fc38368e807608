/**
 * Head words of the titles cybersecurity norms agreements carry ("Paris *Call*", "Cybersecurity Tech
 * *Accord*", "*Code of Conduct* for ..."), in English, French and Spanish. A capitalised phrase
 * ending in (or opening with) one of these is read as the name of an agreement, known or not: the
 * intake uses it to find agreements named in prose, the question engine to tell a member that a
 * named agreement is not in the catalog rather than answer about something else.
 */
export const AGREEMENT_TITLE_WORDS: readonly string[] = [
  // English
  'accord', 'agreement', 'call', 'charter', 'code of conduct', 'code of practice', 'commitment', 'commitments',
  'communiqué', 'communique', 'compact', 'convention', 'declaration', 'dialogue', 'framework', 'guide',
  'guidelines', 'initiative', 'measures', 'memorandum', 'norms', 'partnership', 'pledge', 'principles',
  'process', 'protocol', 'recommendation', 'recommendations', 'resolution', 'roadmap', 'statement', 'strategy',
  'treaty',
  // legal and reference instruments members also ask about ("Cyber Resilience Act", "Tallinn Manual")
  'act', 'directive', 'manual', 'model law', 'pact', 'work plan',
  // French
  'appel', 'charte', 'code de conduite', 'déclaration', 'engagement', 'principes', 'traité',
  // Spanish
  'acuerdo', 'carta', 'código de conducta', 'compromiso', 'convenio', 'convención', 'declaración',
  'llamamiento', 'principios', 'tratado',
];
