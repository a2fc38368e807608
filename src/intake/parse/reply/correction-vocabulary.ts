/**
 * The words of a correction sentence, English, French and Spanish (folded: lower case, no accents;
 * `x*` = any word starting with x). A correction says a field, a link word, then the value:
 * "the year should be 2017", "please change the name to ...", "le responsable est ...",
 * "cambien la fecha a 2017". Which field is said is left to the intake's field vocabulary
 * (fields/field-vocabulary.ts), so any wording of a field the intake reads is read here too.
 */

/** Link words between the field and its value, longest first within each language. */
export const LINKS: readonly (readonly string[])[] = [
  ['should', 'be'], ['should', 'read'], ['must', 'be'], ['needs', 'to', 'be'], ['need', 'to', 'be'], ['has', 'to', 'be'], ['ought', 'to', 'be'], ['would', 'be'],
  ['is'], ['are'], ['was'], ['were'], ['to'], ['into'],
  ['devrait', 'etre'], ['devraient', 'etre'], ['doit', 'etre'], ['doivent', 'etre'], ['serait'], ['est'], ['sont'], ['etait'], ['en'], ['a'],
  ['deberia', 'ser'], ['deberian', 'ser'], ['debe', 'ser'], ['deben', 'ser'], ['tiene', 'que', 'ser'], ['seria'], ['es'], ['son'], ['era'], ['sea'],
];

/** "maintained by", "signed by", "géré par", "mantenido por": the field's participle and its agent. */
export const AGENT_LINKS: readonly string[] = ['by', 'par', 'por'];

/** Links that only introduce a date ("launched in 2017", "lancé en 2017", "vigente desde 2017"). */
export const DATE_LINKS: readonly string[] = ['in', 'since', 'on', 'depuis', 'desde', 'from'];

/** "replace 2019 with 2017", "remplacer 2019 par 2017", "cambiar 2019 por 2017": an old value, then the new. */
export const REPLACE_LINKS: readonly string[] = ['with', 'by', 'par', 'por', 'to', 'a', 'en'];

/**
 * Words a field phrase may carry without changing which field it is: asking ("please change"),
 * the agreement itself ("of the agreement", "it"), auxiliaries and "correct"/"new". Left out
 * before the phrase is matched against the field vocabulary.
 */
export const CHANGE_WORDS: readonly string[] = [
  'chang*', 'correct*', 'updat*', 'amend*', 'modif*', 'replac*', 'fix*', 'set', 'edit*', 'rectif*', 'revis*', 'substitu*', 'switch*',
  'remplac*', 'mettre', 'mett*', 'corrig*', 'cambi*', 'reemplaz*', 'sustitu*', 'actualiz*', 'pon*', 'poner',
];

/** Verbs that say the field themselves: "rename it to X", "renommer l'accord en X", "renombrarlo a X". */
export const FIELD_VERBS: ReadonlyArray<readonly [string, 'name']> = [['renam*', 'name'], ['retitl*', 'name'], ['renomm*', 'name'], ['renombr*', 'name']];

export const PHRASE_FILLER: readonly string[] = [
  // asking for a change
  ...CHANGE_WORDS,
  'please', 'kindly', 'could', 'can', 'would', 'will', 'you', 'veuillez', 'merci', 'pourriez', 'pouvez', 'vous', 'svp', 'por', 'favor', 'pueden', 'podrian', 'podria', 'puede', 'usted', 'ustedes', 'cambien', 'corrijan',
  'also', 'aussi', 'egalement', 'tambien', 'just', 'only', 'actually', 'fact', 'think', 'believe', 'pense', 'crois', 'creo', 'pienso', 'sorry', 'desole', 'perdon', 'but', 'mais', 'pero', 'however', 'cependant', 'sin', 'embargo',
  // the agreement itself: a correction speaks of it
  'agreement*', 'accord*', 'acuerdo*', 'initiativ*', 'iniciativ*', 'instrument*', 'document*', 'text', 'texte', 'texto', 'convenio*', 'treat*', 'traite*', 'tratado*', 'draft*', 'entry', 'entrada', 'entree',
  'it', 'its', 'il', 'elle', 'ce', 'cet', 'cette', 'this', 'that', 'lo', 'le', 'la', 'el', 'ella', 'su', 'son', 'sa', 'ses', 'sus', 'their', 'leur', 'his', 'her', 'sur', 'about', 'regarding', 'concerning', 'concernant', 'sobre', 'acerca',
  // auxiliaries and qualifiers
  'was', 'were', 'been', 'be', 'being', 'has', 'have', 'had', 'a', 'ete', 'fut', 'fue', 'ha', 'han', 'sido', 'haber', 'should', 'must', 'will',
  'right', 'exact*', 'real', 'actual*', 'true', 'vrai*', 'verdader*', 'bon', 'bonne', 'buen*', 'new', 'nouve*', 'nuev*', 'proper', 'precis*', 'official', 'officiel*', 'oficial*', 'current', 'actuel*',
];

/** The sender as the subject ("we signed it in 2018"): what they did, not what the agreement is. */
export const FIRST_PERSON: readonly string[] = ['i', 'we', 'je', 'j', 'nous', 'yo', 'nosotros', 'nosotras'];

/** The sender's own ("my name is ..."): not the agreement's, unless the phrase names the agreement ("our agreement's name"). */
export const POSSESSIVE: readonly string[] = ['my', 'our', 'mon', 'ma', 'mes', 'notre', 'nos', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'];

/** Words for the agreement itself. */
export const AGREEMENT_WORDS: readonly string[] = ['agreement*', 'accord*', 'acuerdo*', 'initiativ*', 'iniciativ*', 'instrument*', 'convenio*', 'treat*', 'traite*', 'tratado*', 'charter', 'charte', 'carta', 'declaration', 'declaracion', 'pledge', 'call', 'appel', 'llamamiento'];

/** A negated phrase or value says what a field is not, not what it is. */
export const NEGATION: readonly string[] = ['not', 'no', 'never', 'ne', 'n', 'pas', 'ni', 'jamais', 'nunca', 'nor', 'neither', 'isn', 'aren', 'wasn', 't'];

/** Where a value ends and the old value it replaces begins: "2017, not 2019", "2017 au lieu de 2019". */
export const OLD_VALUE_MARKERS: readonly string[] = [
  'not', 'instead', 'rather', 'and not', 'but not', 'et non', 'et pas', 'au lieu', 'plutot que', 'non pas', 'pas', 'y no', 'en lugar', 'en vez', 'no',
];

/** A value that judges instead of giving one: "the name is wrong", "la date est incorrecte". */
export const JUDGEMENT: readonly string[] = [
  'wrong', 'incorrect*', 'false', 'inaccurate', 'mistaken', 'outdated', 'missing', 'fine', 'ok', 'okay', 'good', 'right', 'correct*', 'empty', 'unknown', 'same',
  'faux', 'fausse', 'erron*', 'inexact*', 'incomplet*', 'mauvais*', 'manquant*', 'vide', 'inconnu*', 'bon', 'bonne', 'juste', 'exact*',
  'equivocad*', 'falso', 'falsa', 'mal', 'vacio', 'desconocid*', 'bien', 'correct*', 'incorrect*', 'igual', 'meme',
  'this', 'that', 'it', 'ceci', 'cela', 'ca', 'esto', 'eso', 'ello',
];
