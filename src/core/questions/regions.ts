/**
 * Regions members ask by ("african agreements", "asia-pacific texts") and the regional bodies that
 * stand for them. The catalog records who convened or maintains each agreement, never a region, so a
 * region is read as the agreements its bodies convened. Each body says why it belongs to the region,
 * with the page that was read for it. Kept in code, not data/, because src/core reads no files; a
 * region missing here is answered as not recorded, with how to ask by body.
 */
export interface RegionalBody {
  name: string;
  /** how maintainer fields and members write it ("AU", "SADC"), when it has one */
  acronym?: string;
  /** why it is this region's body, in a few words that follow "<body> is" */
  evidence: string;
  /** the page that says so; its name alone when the name is the evidence */
  source: string;
}

export interface Region {
  /** "Africa", "the Americas" */
  name: string;
  /** "African": said back in labels ("by African regional bodies") */
  adjective: string;
  /** normalised phrases members use for it, longest first where they share words */
  phrases: readonly string[];
  bodies: readonly RegionalBody[];
  /** said with the answer when the bodies do not cover the region exactly */
  caveat?: string;
}

const AU_RECS = 'https://agenda2063.au.int/en/recs';
const AU_REC = 'one of the eight Regional Economic Communities the African Union recognises';
/** the source of a body whose own name says it is the region's */
export const BY_NAME = 'its name';

export const REGIONS: readonly Region[] = [
  {
    name: 'Africa',
    adjective: 'African',
    phrases: ['africa', 'african', 'africas'],
    bodies: [
      { name: 'African Union', acronym: 'AU', evidence: 'the continental union of African states', source: BY_NAME },
      { name: 'Arab Maghreb Union', acronym: 'UMA', evidence: AU_REC, source: AU_RECS },
      { name: 'Common Market for Eastern and Southern Africa', acronym: 'COMESA', evidence: AU_REC, source: AU_RECS },
      { name: 'Community of Sahel-Saharan States', acronym: 'CEN-SAD', evidence: AU_REC, source: AU_RECS },
      { name: 'East African Community', acronym: 'EAC', evidence: AU_REC, source: AU_RECS },
      { name: 'Economic Community of Central African States', acronym: 'ECCAS', evidence: AU_REC, source: AU_RECS },
      { name: 'Economic Community of West African States', acronym: 'ECOWAS', evidence: AU_REC, source: AU_RECS },
      { name: 'Intergovernmental Authority on Development', acronym: 'IGAD', evidence: AU_REC, source: AU_RECS },
      { name: 'Southern African Development Community', acronym: 'SADC', evidence: AU_REC, source: AU_RECS },
    ],
  },
  {
    name: 'Europe',
    adjective: 'European',
    phrases: ['europe', 'european', 'europes'],
    bodies: [
      { name: 'European Union', acronym: 'EU', evidence: 'the union of European states', source: BY_NAME },
      { name: 'Council of Europe', acronym: 'CoE', evidence: 'an organisation of European states', source: BY_NAME },
      {
        name: 'Organization for Security and Co-operation in Europe',
        acronym: 'OSCE',
        evidence: 'an organisation of 57 participating States on three continents: North America, Europe and Asia',
        source: 'https://netherlandsandyou.nl/web/osce-vienna/about-us',
      },
    ],
    caveat: 'The OSCE also has North American and Central Asian participating States.',
  },
  {
    name: 'the Americas',
    adjective: 'inter-American',
    phrases: ['latin america', 'latin american', 'south america', 'south american', 'central america', 'central american', 'the americas', 'americas', 'caribbean', 'inter american', 'western hemisphere', 'hemispheric'],
    bodies: [
      {
        name: 'Organization of American States',
        acronym: 'OAS',
        evidence: 'the organisation bringing together all 35 independent states of the Americas',
        source: 'https://ecpamericas.org/resources/organization-of-american-states/',
      },
    ],
    caveat: 'The OAS is the body of the whole Americas: its members include the United States and Canada as well as the Latin American and Caribbean states.',
  },
  {
    name: 'Asia-Pacific',
    adjective: 'Asia-Pacific',
    phrases: ['asia pacific', 'apac', 'pacific rim', 'south east asia', 'south east asian', 'southeast asia', 'southeast asian', 'east asia', 'east asian', 'asia', 'asian'],
    bodies: [
      { name: 'Association of Southeast Asian Nations', acronym: 'ASEAN', evidence: 'the association of ten Southeast Asian states', source: 'https://dfat.gov.au/international-relations/regional-architecture/Pages/asean-regional-forum-arf.aspx' },
      {
        name: 'ASEAN Regional Forum',
        acronym: 'ARF',
        evidence: 'a forum of 27 members which have a bearing on the security of the Asia Pacific region',
        source: 'https://dfat.gov.au/international-relations/regional-architecture/Pages/asean-regional-forum-arf.aspx',
      },
      {
        name: 'Asia-Pacific Economic Cooperation',
        acronym: 'APEC',
        evidence: 'a forum of 21 Pacific Rim member economies for trade in the Asia-Pacific region',
        source: 'https://www.japantimes.co.jp/news/2010/02/23/business/a-look-at-the-asia-pacific-economic-cooperation-forum/',
      },
    ],
    caveat: 'Their members include states outside Asia (the ARF and APEC count the United States, Russia and others).',
  },
  {
    name: 'the Arab region',
    adjective: 'Arab',
    // not "arabic": "agreements available in Arabic" asks about a language
    phrases: ['arab world', 'arab region', 'arab'],
    bodies: [
      { name: 'League of Arab States', acronym: 'LAS', evidence: 'the league of Arab states', source: BY_NAME },
      { name: 'Arab Maghreb Union', acronym: 'UMA', evidence: 'the union of the Arab Maghreb states', source: BY_NAME },
    ],
  },
  {
    name: 'the Gulf',
    adjective: 'Gulf',
    phrases: ['persian gulf', 'arabian gulf', 'gulf'],
    bodies: [{ name: 'Cooperation Council for the Arab States of the Gulf', acronym: 'GCC', evidence: 'the council of the Arab states of the Gulf', source: BY_NAME }],
  },
  // regions members name for which no body is recorded here: answered as such
  { name: 'North America', adjective: 'North American', phrases: ['north america', 'north american'], bodies: [] },
  { name: 'the Middle East', adjective: 'Middle Eastern', phrases: ['middle east', 'middle eastern', 'mena'], bodies: [] },
  {
    name: 'Oceania',
    adjective: 'Pacific',
    // "pacific" alone is no region: the Pacific Alliance is Latin American, the Trans-Pacific Partnership spans the ocean
    phrases: ['pacific islands', 'pacific island', 'south pacific', 'pacific region', 'oceania', 'oceanian'],
    bodies: [
      {
        name: 'Pacific Islands Forum',
        acronym: 'PIF',
        evidence: 'a political community of 18 member states and territories of the Pacific',
        source: 'https://www.forumsec.org/pacific-islands-forum-secretariat/',
      },
    ],
  },
];
