/** Every field a contribution can label, agreement fields first. */
export type Field =
  | 'agreement.name'
  | 'agreement.date'
  | 'agreement.parties'
  | 'agreement.signatories'
  | 'agreement.maintainer'
  | 'agreement.contact'
  | 'agreement.gge'
  | 'contributor.name'
  | 'contributor.affiliation'
  | 'contributor.country'
  | 'contributor.email'
  | 'contributor.anonymous';

/**
 * Label wordings per field, as regex sources over folded text (lower case, no accents, ' for every
 * apostrophe): the call's own English, other English wordings, French and Spanish. Order matters: the
 * agreement's "Name of agreement" is tried before the contributor's "Name".
 */
export const FIELD_LABELS: ReadonlyArray<readonly [Field, string]> = [
  ['agreement.name', "name of (?:the )?(?:agreement|initiative|instrument|document|norms? agreement)|(?:agreement|initiative)(?:'s)? (?:name|title)|title of (?:the )?(?:agreement|initiative)|(?:agreement|initiative)(?: (?:no\\.? ?|#)?\\d{1,2})?"],
  ['agreement.name', "(?:nom|titre|intitule) de l' ?(?:accord|initiative)|accord(?: (?:n. ?)?\\d{1,2})?|(?:nombre|titulo|denominacion) de(?:l| la) (?:acuerdo|iniciativa)|acuerdo(?: (?:n. ?)?\\d{1,2})?"],
  ['agreement.date', 'date of (?:the )?(?:launch|adoption|signature|signing|creation)|(?:launch|adoption|signature) (?:date|year)|year of (?:launch|adoption)|date launched|when was (?:it|the agreement) (?:launched|adopted|signed)|launched(?: in| on)?|adopted(?: in| on)?|launch|date|year'],
  ['agreement.date', "date (?:de |d')(?:lancement|l' ?adoption|adoption|signature|creation)|annee de (?:lancement|l' ?adoption)|lance(?: en| le)?|adopte(?: en| le)?"],
  ['agreement.date', 'fecha de (?:lanzamiento|adopcion|firma|creacion)|ano de (?:lanzamiento|adopcion)|lanzad[oa](?: en| el)?|adoptad[oa](?: en| el)?|fecha'],
  ['agreement.signatories', '(?:number|link|list)[^:?]{0,30}signator(?:y|ies)|signator(?:y|ies)(?: list)?'],
  ['agreement.signatories', "(?:nombre|lien|liste)[^:?]{0,30}signataires|signataires|(?:numero|enlace|lista)[^:?]{0,30}(?:firmantes|signatarios)|firmantes|signatarios"],
  ['agreement.parties', 'stakeholders?[^:?]{0,40}agreement|stakeholders?(?: involved)?|who (?:are|is) (?:the )?part(?:y|ies)[^:?]{0,40}|part(?:y|ies)(?: to (?:the|this) agreement| involved)?|participants?|members'],
  ['agreement.parties', "parties prenantes[^:?]{0,40}accord|parties prenantes|parties(?: (?:a|de) l' ?accord)?|partes(?: interesadas)?[^:?]{0,40}acuerdo|partes(?: interesadas)?|actores(?: del acuerdo)?|participantes|miembros|membres"],
  ['agreement.maintainer', 'which organi[sz]ations? maintains?[^:?]{0,40}(?:\\??\\s*if possible,?[^:?]{0,60})?|(?:maintaining|responsible|lead|coordinating) (?:organi[sz]ation|body|entity)|organi[sz]ation (?:that|which) maintains(?: the agreement| it)?|who maintains[^:?]{0,40}|maintained by|maintainer|custodian|secretariat'],
  ['agreement.maintainer', "quelle organisation maintient[^:?]{0,40}(?:\\??\\s*si possible,?[^:?]{0,60})?|organisation qui (?:maintient|gere)(?: l' ?accord)?|organisme (?:qui maintient|responsable|gestionnaire)(?: de l' ?accord)?|maintenu par|gere par"],
  ['agreement.maintainer', 'que organizacion mantiene[^:?]{0,40}(?:\\??\\s*si es posible,?[^:?]{0,60})?|organizacion que (?:mantiene|administra|gestiona)(?: el acuerdo)?|organismo (?:que mantiene|responsable)(?: del acuerdo)?|mantenido por|administrado por'],
  ['agreement.contact', "contact (?:information|details|person|e-?mail)(?: of the maintainer| for the agreement)?|coordonnees(?: de contact)?|contacto(?: del? (?:la )?organizacion)?|informacion de contacto"],
  ['agreement.gge', "does (?:the |this )?(?:agreement|initiative|it) (?:include|contain|reflect|refer to)[^:?]{0,100}|(?:which |what |relevant |applicable )?(?:un[- ]?)?gge(?: consensus)? norms?(?: (?:included|covered|addressed|referenced))?|norms (?:included|covered|addressed|referenced)|gge"],
  ['agreement.gge', "l' ?accord (?:inclut|comprend|contient)[- ]?il[^:?]{0,100}|normes? (?:du |des )?(?:gge|groupe d'experts)[^:?]{0,40}|el acuerdo incluye[^:?]{0,100}|normas? (?:del |de los )?(?:gge|grupo de expertos)[^:?]{0,40}"],
  ['contributor.anonymous', 'anonymous|anonyme|anonimo|anonima|anonymity|anonymat|anonimato'],
  ['contributor.name', "(?:your |full |contact |contributor'?s? )?name(?: and surname| \\/ surname)?|nom(?: complet| et prenom| \\/ prenom)?|prenom et nom|nombre(?: completo| y apellidos?)?|nome"],
  ['contributor.affiliation', "(?:your )?(?:affiliation|organi[sz]ation|institution|company|employer)(?: \\/ (?:affiliation|organi[sz]ation))?|afiliacion|organizacion|organismo|organisme|entidad|institucion|entreprise|appartenance"],
  ['contributor.country', 'country(?: of residence)?|pays|pais|paises'],
  ['contributor.email', "e-? ?mail(?: address)?|courriel|adresse (?:e-?mail|electronique)|correo(?: electronico)?"],
];
