/**
 * Head words of the titles cybersecurity norms agreements carry ("Paris *Call*", "Cybersecurity Tech
 * *Accord*", "*Code of Conduct* for ...", "*Resolución* 130 de ..."), as word families: one kind of
 * text in English, French and Spanish (singular and plural where titles use both). A capitalised
 * phrase ending in (or opening with) one of these is read as the name of an agreement, known or
 * not: the intake uses it to find agreements named in prose, the question engine to tell a member
 * that a named agreement is not in the catalog rather than answer about something else.
 */
export const AGREEMENT_TITLE_FAMILIES: ReadonlyArray<readonly string[]> = [
  ['accord', 'agreement', 'acuerdo'],
  ['call', 'appel', 'llamamiento', 'llamado'],
  ['charter', 'charte', 'carta'],
  ['code of conduct', 'code de conduite', 'código de conducta'],
  ['code of practice', 'code de bonnes pratiques', 'código de buenas prácticas'],
  ['commitment', 'commitments', 'engagement', 'engagements', 'compromiso', 'compromisos'],
  ['communiqué', 'communique', 'comunicado'],
  ['compact', 'pact', 'pacte', 'pacto'],
  ['convention', 'convención', 'convenio'],
  ['declaration', 'déclaration', 'declaración'],
  ['dialogue', 'diálogo'],
  ['framework'],
  ['guide', 'guía'],
  ['guidelines', 'lignes directrices', 'directrices'],
  ['initiative', 'iniciativa'],
  ['measures', 'mesures', 'medidas'],
  ['memorandum', 'mémorandum', 'memorándum'],
  ['norms', 'normes', 'normas'],
  ['partnership', 'partenariat'],
  ['pledge'],
  ['principles', 'principes', 'principios'],
  ['process', 'processus', 'proceso'],
  ['protocol', 'protocole', 'protocolo'],
  ['recommendation', 'recommendations', 'recommandation', 'recommandations', 'recomendación', 'recomendaciones'],
  ['resolution', 'résolution', 'resolución'],
  ['roadmap', 'feuille de route', 'hoja de ruta'],
  ['statement'],
  ['strategy', 'stratégie', 'estrategia'],
  ['treaty', 'traité', 'tratado'],
  // legal and reference instruments members also ask about ("Cyber Resilience Act", "Tallinn Manual")
  ['act'],
  ['directive', 'directiva'],
  ['manual'],
  ['model law', 'loi type', 'ley modelo'],
  ['work plan', 'plan de travail', 'plan de trabajo'],
];

export const AGREEMENT_TITLE_WORDS: readonly string[] = AGREEMENT_TITLE_FAMILIES.flat();
