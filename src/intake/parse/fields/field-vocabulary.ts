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
  | 'contributor.anonymous'
  /** a contributor's job title or role: read so that it is not taken for anything else */
  | 'contributor.role';

/** What a label can announce besides a field: one of the call's five questions, or "About you". */
export type Section = 'question.1' | 'question.2' | 'question.3' | 'question.4' | 'question.5' | 'section.about';
export type LabelKind = Field | Section;

/**
 * One way of saying a field: every group must be present (a word of the group, `x*` = any word
 * starting with x), none of `none`. Words are folded (lower case, no accents).
 */
export interface Cue {
  all: readonly (readonly string[])[];
  none?: readonly string[];
  weight: number;
  /**
   * Words too common to be a label anywhere ("Who:", "Link:"): a label only among the fields of an
   * agreement being read, where they can only mean that field.
   */
  inAgreement?: true;
  /**
   * Words of the cue's last group that are possessives as well as pronouns once folded: "Sobre mí" is
   * about me but "Sobre mi propuesta" about my proposal, "Sobre nós" about us but "Concernant nos
   * priorités" about our priorities. Followed by a word, such a word meets the group only when that
   * word names the sender themself (`self`: "Zu meiner Person", "Sobre mi organización").
   */
  possessive?: { words: readonly string[]; self: readonly string[] };
}

// Each list: English, French, Spanish, then German and Portuguese (folded: "Einführung" is "einfuhrung", "mantém" "mantem").
const WHO = ['who', 'qui', 'quien', 'quienes', 'wer', 'quem'];
/** "which", "welche", "qual": asks which one, as "who" asks who */
const WHICH = ['which', 'quel*', 'que', 'welche*', 'qual', 'quais'];
const AGREEMENT = [
  'agreement*', 'initiativ*', 'iniciativ*', 'instrument*', 'accord*', 'acuerdo*', 'convenio*', 'document*', 'framework*', 'treat*', 'traite*', 'tratado*', 'text', 'texte', 'texto',
  'vereinbarung*', 'abkommen*', 'ubereinkommen*', 'ubereinkunft*', 'dokument*', 'rahmenwerk*', 'vertrag*', 'vertrage*',
  'acordo*', 'convenca*', 'convenco*', 'quadro*',
];
const SIGN = ['signator*', 'signatair*', 'firmant*', 'signatari*', 'unterzeichner*', 'unterzeichnend*', 'assinante*'];
/** where the signatories are: their number, a link, a list, the text they signed */
const LIST = [
  'number', 'numero', 'link*', 'lien*', 'enlace*', 'list', 'liste*', 'lista*', 'url', 'many', 'combien', 'cuant*', 'count*', 'text', 'texte', 'texto',
  'anzahl', 'zahl', 'nummer', 'verweis*', 'viele', 'quant*', 'ligac*', 'wortlaut',
];
/** "Link:", "List:" alone: where the signatories are ("Text:" alone names the agreement) */
const LINK = ['list', 'liste', 'lista', 'link', 'links', 'lien', 'liens', 'enlace', 'enlaces', 'url', 'verweis', 'ligacao'];
/** "signed by", "kept by": the agent of the verb before it */
const BY = ['by', 'par', 'por', 'von', 'durch', 'pelo', 'pela', 'pelos', 'pelas'];
const COUNT = [...LIST, 'nombre'];
/** those who back an agreement: a list of them is its list of signatories */
const SUPPORTERS = ['supporter*', 'soutien*', 'apoyo*', 'adherent*', 'endorser*', 'participant*', 'member*', 'membre*', 'miembro*', 'unterstutzer*', 'teilnehmer*', 'mitglied*', 'apoiador*', 'membro*', 'aderent*'];
/** "Where to find the signatories": where the list is */
const WHERE = [
  'where', 'ou', 'donde', 'find', 'trouv*', 'encontr*', 'consult*', 'see', 'voir', 'ver', 'available', 'disponible*', 'published', 'publie*', 'publicad*',
  'wo', 'finden', 'verfugbar*', 'veroffentlicht*', 'einsehbar', 'onde', 'disponive*',
];
/** "your", "Ihre", "sua": about the sender, not the agreement */
const YOUR = ['your', 'votre', 'su', 'you', 'vous', 'usted', 'ihr', 'ihre', 'sie', 'seu', 'sua', 'voce'];

/**
 * The label vocabulary per field, English, French, Spanish, German and Portuguese, as meanings rather
 * than fixed strings: "Name of agreement", "Title", "Intitulé de l'initiative", "Nombre del acuerdo",
 * "Name der Vereinbarung" and "Nome do acordo" all meet the first cue. Weights rank cues that both fit ("Which organisation maintains it? ...
 * contact information" is the maintainer, not the contact).
 */
export const FIELD_VOCABULARY: Readonly<Record<LabelKind, readonly Cue[]>> = {
  'agreement.name': [
    { all: [['name', 'names', 'nom', 'nombre', 'title*', 'titre*', 'intitul*', 'titulo*', 'denomin*', 'appellation', 'bezeichnung*', 'titel', 'benennung', 'nome'], AGREEMENT], none: SIGN, weight: 1 },
    { all: [['title', 'titre', 'intitule', 'titulo', 'denominacion', 'called', 'appelle*', 'llama*', 'titel', 'bezeichnung', 'denominacao', 'chamad*']], none: ['job', 'poste', 'cargo', 'your', 'votre', 'su', 'ihr', 'ihre', 'seu', 'sua', 'akademisch*'], weight: 0.9 },
    { all: [AGREEMENT], none: [...SIGN, ...WHICH, 'part*', 'other', 'autre*', 'otro*', 'aware', 'connaiss*', 'conoce*', 'andere*', 'weitere*', 'kennen', 'bekannt*', 'outro*', 'conhec*'], weight: 0.75 },
  ],
  'agreement.date': [
    {
      all: [['date', 'dated', 'fecha', 'year*', 'annee*', 'ano', 'anos', 'when', 'quand', 'cuando', 'since', 'depuis', 'desde', 'datum', 'jahr*', 'wann', 'seit', 'quando']],
      none: ['birth', 'naissance', 'nacimiento', 'deadline', 'geburt*', 'frist', 'nascimento', 'prazo'],
      weight: 0.9,
    },
    // Portuguese "Data" is a date; English "data" is not ("Data protection", "Personal data")
    { all: [['data']], none: ['protect*', 'protec*', 'personal*', 'pessoa*', 'privac*', 'breach*', 'shar*', 'nascimento', 'prazo'], weight: 0.85 },
    {
      all: [
        [
          'launch*', 'lanc*', 'lanz*', 'adopt*', 'adop*', 'creat*', 'cree*', 'establish*', 'etabli*', 'establec*', 'start*', 'found*', 'enact*', 'signed', 'signe', 'firmado', 'entered', 'entre', 'entro',
          'verabschied*', 'einfuhr*', 'eingefuhrt', 'gestartet', 'gegrundet', 'grundung', 'lanciert', 'angenommen', 'annahme', 'beschlossen', 'unterzeichnet', 'inkrafttreten',
          'adoc*', 'adotad*', 'criad*', 'criac*', 'estabelec*', 'assinad*', 'firmad*', 'entrou', 'vigor',
          // a treaty's launch: "Opened for signature", "Ouvert à la signature", "Zur Unterzeichnung aufgelegt"
          'opened', 'ouvert', 'ouverte', 'abierto', 'abierta', 'aufgelegt', 'aberto', 'aberta',
        ],
      ],
      none: [...WHO, 'which', 'quel*', 'organi*', 'by', 'par', 'por', 'von', 'durch', 'pelo', 'pela'],
      weight: 0.85,
    },
  ],
  'agreement.parties': [
    {
      all: [
        [
          'stakeholder*', 'party', 'parties', 'partie*', 'parte', 'partes', 'participant*', 'member*', 'membre*', 'miembro*', 'actor*', 'acteur*', 'adherent*', 'endorser*', 'prenante*', 'interesad*',
          'partei*', 'beteiligt*', 'teilnehmer*', 'mitglied*', 'akteur*', 'interessentr*', 'interessengrupp*', 'vertragspartei*', 'membro*', 'ator', 'atores', 'interessad*', 'envolvid*',
        ],
      ],
      none: YOUR,
      weight: 0.9,
    },
    {
      all: [
        WHO,
        [
          'sign*', 'endors*', 'join*', 'adher*', 'firm*', 'subscri*', 'suscri*', 'agree*', 'part*', 'involv*', 'ratif*', 'belong*', 'apoy*', 'soutien*', 'back*', 'member*', 'membre*', 'miembro*',
          'unterzeichn*', 'unterschri*', 'beigetreten', 'beitret*', 'beitritt*', 'teilnehm*', 'mitglied*', 'unterstutz*', 'beteiligt*', 'gehort*', 'assin*', 'ader*', 'particip*', 'membro*', 'apoi*', 'integr*',
        ],
      ],
      weight: 0.95,
    },
    {
      all: [['signed', 'endorsed', 'ratified', 'joined', 'signe', 'signee', 'signes', 'firmado', 'suscrito', 'adoptado', 'adopted', 'unterzeichnet', 'angenommen', 'ratifiziert', 'assinado', 'assinada', 'adotado', 'ratificado'], BY],
      weight: 0.95,
    },
    // "Endorsed?", "Joined:" alone: who joined (the sender, when it answers with its own endorsement)
    { all: [['endors*', 'join*', 'adher*', 'subscri*', 'ratif*', 'suscri*', 'adhier*', 'endosse*', 'beigetreten', 'beitritt*', 'aderi*', 'adesa*']], weight: 0.8 },
    // "Who's in it", "Qui en fait partie": who is in the agreement, not who is in charge of it
    { all: [WHO, ['in', 'dans', 'en', 'dentro', 'inside', 'aboard', 'board', 'darin', 'dabei']], none: ['charge', 'cargo', 'your', 'votre', 'su', 'tu'], weight: 0.85 },
    // "- who: 27 states" under an agreement's title: who is in it
    { all: [WHO], none: [...YOUR, 'we', 'nous', 'nosotros', 'wir', 'nos', 'nossa', 'nosso'], weight: 0.75, inAgreement: true },
  ],
  'agreement.signatories': [
    { all: [COUNT, SIGN], weight: 1 },
    // "Liste des soutiens", "Participants list", "Lista de apoyos": the list of those who back it
    { all: [LIST, SUPPORTERS], weight: 1 },
    { all: [WHERE, SIGN], weight: 0.95 },
    // "Signatories / participants": those who signed and those who joined, named together, are the list of them
    { all: [SIGN, SUPPORTERS], weight: 0.95 },
    // "List:", "Link:", "Text/list:" alone under an agreement; "Mailing list" or "Reading list" is no label
    { all: [LINK], none: ['mail*', 'mailing', 'distribution', 'diffusion', 'difusion', 'reading', 'lecture', 'lectura', 'verteiler*', 'lese*', 'leitura*'], weight: 0.75, inAgreement: true },
    { all: [SIGN], none: [...YOUR, 'organi*'], weight: 0.85 },
  ],
  'agreement.maintainer': [
    {
      all: [
        [
          'maint*', 'mainten*', 'custod*', 'secretar*', 'steward*', 'administ*', 'gere', 'geree', 'gerer', 'gest*', 'mantien*', 'manten*', 'respons*', 'coordin*', 'host*', 'heberg*', 'curat*', 'owner*', 'propriet*', 'lead', 'leads', 'led', 'run', 'runs', 'operat*', 'convene*', 'convoc*',
          'pfleg*', 'verwalt*', 'betreu*', 'betreib*', 'unterhalt*', 'sekretariat*', 'zustandig*', 'verantwort*', 'koordinier*', 'federfuhr*', 'trager*', 'gastgeb*', 'eigentumer*', 'leitet', 'leitung',
          'mantem', 'mantid*', 'manter', 'mantenedor*', 'gerenci*', 'coorden*', 'hospeda*', 'cuida',
        ],
      ],
      none: ['your', 'votre', 'you', 'vous', 'usted', 'ihr', 'ihre', 'sie', 'voce'],
      weight: 1,
    },
    {
      all: [
        [...WHO, ...WHICH, 'organi*'],
        ['look*', 'care', 'occup*', 'encarg*', 'charge', 'cargo', 'keep*', 'manage*', 'run*', 'lead*', 'behind', 'derriere', 'detras', 'kummert', 'steht', 'dahinter', 'leitet', 'cuida', 'encarreg*', 'responde'],
      ],
      weight: 0.95,
    },
    // "Kept by", "Looked after by", "Managed by", "Tenu par", "Gestionado por", "Gepflegt von": whoever keeps it;
    // not "suivi par" (a French letterhead's case officer: "Dossier suivi par"), nor "care*" ("career")
    {
      all: [['kept', 'keep*', 'look*', 'manag*', 'held', 'hold*', 'cared', 'care', 'tenu', 'tenue', 'garde*', 'llevad*', 'cuidad*', 'gefuhrt', 'gehalten', 'mantid*'], BY],
      weight: 0.95,
    },
  ],
  'agreement.contact': [{ all: [['contact*', 'coordonn*', 'kontakt*', 'ansprechpartner*', 'contato*']], none: ['name', 'nom', 'nombre', 'nome', 'person*', 'pessoa*'], weight: 0.8 }],
  'agreement.gge': [
    { all: [['gge', 'gge*', 'ungge*', 'consensus']], weight: 0.95 },
    {
      all: [
        ['norm*', 'principle*', 'principe*', 'principio*', 'commitment*', 'engagement*', 'compromiso*', 'element*', 'rule*', 'regle*', 'regla*', 'prinzip*', 'grundsatz*', 'grundsatze', 'verpflicht*', 'regel*', 'compromisso*', 'regra*'],
        [
          'cover*', 'couvr*', 'couvert*', 'includ*', 'inclu*', 'contain*', 'conti*', 'compren*', 'address*', 'reflect*', 'refer*', 'which', 'what', 'quel*', 'cual*', 'cubr*', 'abord*', 'trait*', 'list*', 'key', 'cles', 'clave*', 'main', 'principa*',
          'umfass*', 'enthalt*', 'abgedeckt*', 'abdeck*', 'behandel*', 'welche*', 'wichtigst*', 'haupt*', 'cobr*', 'conte*', 'trat*', 'qual', 'quais', 'abrang*',
        ],
      ],
      weight: 0.9,
    },
  ],
  'contributor.name': [
    {
      all: [
        ['name', 'names', 'nom', 'nombre', 'prenom', 'apellido*', 'surname', 'firstname', 'nome', 'signatory', 'vorname', 'nachname', 'familienname', 'sobrenome'],
        ['your', 'votre', 'vos', 'su', 'tu', 'contributor*', 'contribut*', 'contact', 'person*', 'full', 'complet*', 'sender', 'author*', 'auteur*', 'autor*', 'ihr', 'ihre', 'vollstandig*', 'absender*', 'kontakt*', 'seu', 'sua', 'contato', 'remetente'],
      ],
      weight: 0.9,
    },
    { all: [['name', 'names', 'nom', 'nombre', 'prenom', 'apellido*', 'surname', 'firstname', 'nome', 'vorname', 'nachname', 'sobrenome']], none: ['organi*', 'institut*', 'company', 'entreprise', 'empresa', 'unternehmen*', 'firma', 'institui*'], weight: 0.8 },
  ],
  'contributor.affiliation': [
    {
      all: [
        [
          'affiliat*', 'afilia*', 'organi*', 'institut*', 'company', 'companie*', 'entreprise', 'employer', 'employeur', 'empresa', 'entidad', 'organisme', 'organismo', 'appartenance', 'structure',
          'unternehmen', 'firma', 'einrichtung', 'arbeitgeber', 'zugehorigkeit', 'behorde', 'institui*', 'entidade', 'vinculo', 'empregador',
        ],
      ],
      weight: 0.85,
    },
  ],
  'contributor.country': [{ all: [['country', 'countries', 'pays', 'pais', 'nation', 'nationality', 'nationalite', 'nacionalidad', 'land', 'herkunftsland', 'staatsangehorigkeit', 'nationalitat', 'nacionalidade', 'paises']], weight: 0.9 }],
  'contributor.email': [{ all: [['mail', 'mails', 'email*', 'courriel*', 'correo*', 'electroni*', 'elektronisch*', 'correio*', 'eletroni*']], weight: 0.9 }],
  'contributor.anonymous': [{ all: [['anonym*', 'anonim*']], weight: 0.95 }],
  'contributor.role': [{ all: [['position', 'poste', 'cargo', 'role', 'rol', 'fonction', 'funcion', 'job', 'occupation', 'profession', 'funktion', 'rolle', 'beruf', 'stellung', 'funcao', 'papel', 'profissao', 'ocupacao']], weight: 0.85 }],
  'question.1': [
    {
      all: [
        ['your', 'votre', 'su', 'you', 'vous', 'usted', 'vuestra', 'ihr', 'ihre', 'sie', 'seu', 'sua', 'voce'],
        ['signator*', 'signatair*', 'firmant*', 'signatari*', 'endors*', 'adher*', 'subscri*', 'suscri*', 'sign*', 'firm*', 'member*', 'membre*', 'miembro*', 'part', 'unterzeichn*', 'mitglied*', 'beigetreten', 'assin*', 'membro*', 'aderiu'],
      ],
      weight: 1,
    },
  ],
  'question.2': [{ all: [['project*', 'program*', 'projet*', 'proyecto*', 'programa*', 'programme*', 'projekt*', 'projeto*']], weight: 0.9 }],
  'question.3': [
    { all: [['aware', 'connaiss*', 'conoce*', 'know*', 'sab*', 'kennen', 'bekannt*', 'conhec*'], AGREEMENT], weight: 0.95 },
    { all: [['other', 'autre*', 'otro*', 'additional', 'further', 'andere*', 'weitere*', 'outro*', 'adiciona*'], AGREEMENT], weight: 0.85 },
  ],
  'question.4': [
    {
      all: [
        ['issue*', 'enjeu*', 'probleme*', 'tema*', 'cuestion*', 'gap*', 'lacune*', 'laguna*', 'thema', 'themen', 'frage*', 'problem*', 'lucke*', 'questo*', 'lacuna*'],
        ['address*', 'abord*', 'trait*', 'cover*', 'not', 'pas', 'no', 'abgedeckt*', 'behandelt*', 'nicht', 'nao', 'trat*', 'cobert*'],
      ],
      weight: 0.9,
    },
  ],
  'question.5': [{ all: [['comment*', 'thought*', 'feedback', 'observation*', 'remarque*', 'comentario*', 'opinion*', 'reflexion*', 'kommentar*', 'anmerkung*', 'gedanken', 'ruckmeldung*', 'bemerkung*', 'observac*', 'opinia*', 'reflex*']], weight: 0.85 }],
  'section.about': [
    // the sender's own heading too: "About me", "À propos de moi", "Sobre mí", "Über mich", "Zu meiner Person"
    {
      all: [
        ['about', 'propos', 'sobre', 'acerca', 'concernant', 'uber', 'zu', 'zur'],
        ['you', 'vous', 'usted', 'ti', 'contributor*', 'contribut*', 'yourself', 'ihnen', 'person', 'voce', 'me', 'myself', 'moi', 'mi', 'mich', 'mim', 'us', 'nous', 'nosotros', 'uns', 'nos', 'meiner'],
      ],
      possessive: {
        words: ['mi', 'nos', 'meiner'],
        self: ['person*', 'personne*', 'pessoa*', 'self', 'mism*', 'trayectori*', 'parcours', 'biograf*', 'biograph*', 'organi*', 'institu*', 'entidad*', 'entreprise*', 'empresa*', 'company', 'team', 'equipe*', 'equipo*', 'profil*', 'perfil'],
      },
      weight: 1,
    },
    {
      all: [
        ['your', 'vos', 'sus', 'tus', 'contact', 'personal*', 'personnel*', 'ihre', 'kontakt*', 'personlich*', 'person', 'seus', 'suas', 'pessoa*', 'contato'],
        ['detail*', 'coordonn*', 'dato*', 'information*', 'informacion*', 'angaben', 'daten', 'kontaktdaten', 'dado*', 'informac*'],
      ],
      weight: 0.85,
    },
  ],
};

/**
 * Words a label may carry without saying more: articles, pronouns, politeness, "if possible",
 * in the five languages. A label made of these and one cue is still that cue's field; other words
 * count against it ("In 2018 the leaders of the region met" is no date label).
 */
export const LABEL_FILLER: ReadonlySet<string> = new Set(
  (
    'a an the of to in on at for by with from and or is are was were be been it its this that these those which what ' +
    'please kindly if possible provide give any following your you our we us i my me do does did has have there ' +
    'le la les l un une des du de d et ou est sont a au aux en dans pour par avec ce cet cette ces il elle si votre vos ' +
    'veuillez merci possible indiquer preciser quel quelle quels quelles son sa ses leur qu que ' +
    'el los las lo del al y o es son en para por con este esta estos estas su sus si posible indique favor cual cuales se ' +
    'der die das des dem den ein eine einer eines einem einen und oder von vom zu zur zum mit fur bei im am auf aus ist sind ' +
    'wird wurde wurden es sie ihr ihre ihren ihrer ihres wir uns unser unsere bitte ggf falls moglich angeben nennen sofern welche welcher welches ' +
    'os as do da dos das em na nas num numa um uma uns umas ao aos pelo pela pelos pelas com seu sua seus suas qual quais foi sao informe ' +
    'e s n nr'
  ).split(' '),
);

/** The call's own labels and questions (seed 003): a label that repeats most of one is that field. */
export const CALL_LABELS: ReadonlyArray<readonly [LabelKind, string]> = [
  ['agreement.name', 'Name of agreement'],
  ['agreement.date', 'Date of launch'],
  ['agreement.parties', 'Stakeholders party to the agreement'],
  ['agreement.signatories', 'Number or link to list of signatories'],
  ['agreement.maintainer', 'Which organization maintains the agreement? If possible, provide contact information'],
  ['agreement.gge', 'Does the agreement include any of the following UN-GGE consensus norms?'],
  ['contributor.name', 'Name'],
  ['contributor.affiliation', 'Affiliation'],
  ['contributor.email', 'E-mail (for contact only/will not be published)'],
  ['contributor.country', 'Country'],
  ['question.1', 'Is your organization a signatory to any of the agreements covered, or any other ones which intend to improve cybersecurity and which our group should look at?'],
  ['question.2', 'What projects and programs have you implemented to support norms agreements your organization has agreed with?'],
  ['question.3', 'Are you aware of any other cybersecurity agreements that describe specific norms in cyberspace? If so, could you provide the following information?'],
  ['question.4', 'Are there cybersecurity issues you believe should be addressed by a cybersecurity agreement which are currently not?'],
  ['question.5', "We welcome your comments and thoughts! Feel free to use this call for contributions to share general observations on the topic, provide feedback on the BPF's background paper"],
  ['section.about', 'About you (should you be willing to share this information)'],
];

/** signing or endorsing an agreement: question 1's own answer, where "member" or "support" are also everyday words */
export const SIGNING_WORDS: readonly string[] = [
  'signator*', 'signatair*', 'firmant*', 'signatari*', 'signed', 'sign', 'signe', 'signee', 'signons', 'firmamos', 'firmo', 'firmado', 'suscrib*', 'suscrit*', 'subscrib*',
  'endors*', 'endoss*', 'adher*', 'joined', 'join', 'rejoint',
];
/**
 * The words an answer to each of the call's questions is written in (folded, `x*` = any word starting
 * with x), English, French and Spanish: an unlabelled numbered paragraph is matched against them to
 * tell which question it answers ("2. Hemos *implementado* un *programa* ..." answers question 2).
 */
export const ANSWER_WORDS: Readonly<Record<1 | 2 | 3 | 4 | 5, readonly string[]>> = {
  // signing, endorsing, taking part: "we signed", "nous avons adhéré", "participamos" (and a first "yes": YES_NO)
  1: [...SIGNING_WORDS, 'member*', 'membre*', 'miembro*', 'particip*', 'support*', 'soutien*', 'soutenons', 'apoy*', 'respald*'],
  // projects and programmes carried out
  2: ['implement*', 'oeuvre', 'implant*', 'project*', 'projet*', 'proyecto*', 'program*', 'programme*', 'train*', 'formation*', 'formacion*', 'capacit*', 'workshop*', 'atelier*', 'taller*', 'deploy*', 'deploie*', 'despleg*'],
  // other agreements to look at: proposing, knowing of
  3: ['propos*', 'suggest*', 'sugger*', 'suger*', 'propon*', 'recommend*', 'recommand*', 'recomend*', 'includ*', 'inclure', 'inclu*', 'ajout*', 'add', 'agreg*', 'anad*', 'consider*', 'aware', 'connaiss*', 'conoce*', 'conocemos'],
  // issues no agreement addresses yet
  4: ['issue*', 'enjeu*', 'problem*', 'gap*', 'lacune*', 'laguna*', 'vacio*', 'missing', 'manque*', 'falta*', 'covered', 'couvert*', 'cubiert*', 'addressed', 'aborde*', 'abordad*', 'insuffisa*', 'insuficien*', 'neglect*', 'neglig*', 'descuid*'],
  // comments on the call and the BPF's papers
  5: ['comment*', 'thank*', 'merci', 'remerci*', 'gracias', 'agradec*', 'feedback', 'paper', 'papers', 'welcome', 'felicit*', 'observation*', 'observacion*', 'informe', 'rapport'],
};
