/**
 * Labels that are not countries, classified so that a report can say what they are and no matcher
 * guesses a country for them: totals, unknowns, own nationals, "other" and "abroad", world regions,
 * peoples, stateless persons, states that no longer exist, and codes. Keys are normalizeName output.
 */

export type NotCountry =
  | 'total'
  | 'unknown'
  | 'own-nationals'
  | 'other'
  | 'foreign'
  | 'region'
  | 'people'
  | 'stateless'
  | 'former-state'
  | 'code';

/** Words, `|`-separated (one string each, so the lists stay readable). */
const WORDS: Record<Exclude<NotCountry, 'code' | 'region'>, string> = {
  total: 'total|totals|todos|todas|all|total general|grand total|suma',
  unknown:
    'unknown|not known|not stated|not specified|unspecified|not available|' +
    'nationality not stated|nationality unknown|unknown nationality|no nationality stated|' +
    'not reported|not recorded|undetermined|not determined|missing|no data|desconocido|' +
    'desconocida|desconocidos|desconocidas|sin determinar|sin dato|sin datos|' +
    'sin informacion|sin especificar|no especificado|no especificada|no informado|' +
    'no informada|no determinado|no determinada|no determinados|no determinadas|no consta|' +
    'ignorado|ignorada|nacionalidad desconocida|desconhecido|desconhecida|nao informado|' +
    'nao informada|nao determinado|nao especificado|sem informacao|ignorada|inconnu|' +
    'inconnue|non determine|non precise|non specifie|n a|na|nd|s d|sd|n d|x|99|00|999',
  'own-nationals':
    'own nationals|nationals|national|own country|domestic|local|locals|citizens|' +
    'ciudadanos de su pais|nacionales|nacional|connacionales|cidadaos do proprio pais|' +
    'nacionais|nacional brasileiro|ressortissants nationaux',
  other:
    'other|others|otros|otro|otra|otras|outros|outro|outra|outras|autre|autres|' +
    'other countries|other nationalities|other nationality|otros paises|' +
    'otras nacionalidades|outros paises|outras nacionalidades|autres pays|' +
    'autres nationalites|rest of the world|resto del mundo|resto do mundo|various|varios|' +
    'varias|multiple|several|mixed|dual nationality|dual citizenship|multiple nationalities',
  foreign:
    'abroad|foreign|foreigners|foreign nationals|foreign national|non nationals|' +
    'extranjero|extranjeros|extranjera|extranjeras|exterior|en el exterior|estrangeiro|' +
    'estrangeiros|estrangeira|estrangeiras|no exterior|etranger|etrangers|international|' +
    'internacional|migrants|migrantes',
  people:
    'roma|romani|romany|gypsy|gypsies|gitano|gitanos|cigano|ciganos|kurd|kurds|kurdish|' +
    'kurdo|kurdos|indigenous|indigena|indigenas|tamil|uyghur|uighur|rohingya|bedouin|' +
    'berber|arab|arabs|arabe|arabes|latino|latinos|latina|latinas|afro descendant|' +
    'afrodescendiente',
  stateless: 'stateless|apatrida|apatridas|apatride|apatrides|sin nacionalidad',
  'former-state':
    'yugoslavia|former yugoslavia|yugoslav|ussr|soviet union|former ussr|urss|' +
    'union sovietica|uniao sovietica|czechoslovakia|checoslovaquia|tchecoslovaquia|' +
    'serbia and montenegro|serbia y montenegro|netherlands antilles|antillas holandesas|' +
    'antilhas holandesas|east germany|west germany|german democratic republic',
};

/** World regions in en, es, pt and fr (demonym and plural forms included). */
const REGION =
  /^(?:(?:the |la |las |el |los |o |a |os |as |l |le |les )?(?:north|south|east|west|central|southern|northern|eastern|western|south east|south eastern|southeast|north east|northeast|sub saharan|subsaharan|norte|sur|sul|este|leste|oeste|central|centro|del norte|del sur|do norte|do sul|occidental|oriental|meridional|septentrional|austral|du nord|du sud|de l ouest|de l est|latin|latina|ibero|nord|sud|sub)?\s*(?:africa|asia|europe|europa|america|americas|amerique|ameriques|oceania|oceanie|asie|afrique|caribbean|caribe|caraibes|middle east|near east|far east|medio oriente|oriente medio|oriente proximo|moyen orient|balkans|balcanes|balcas|gulf|golfo|pacific|pacifico|pacifique|maghreb|magreb|sahel|andes|andean|andina|region andina|cono sur|southern cone|mercosur|mercosul|european union|union europea|uniao europeia|union europeenne|eu|schengen|eurasia|scandinavia|escandinavia|levant|sub continent|antilles|antillas|antilhas)(?:\s*(?:del|do|de la|de l)?\s*(?:norte|sur|sul|nord|sud|este|oeste|leste|occidental|oriental|central|meridional|septentrional|ouest|est|latina|latine))?|africans?|african|asians?|asian|europeans?|european|caribbeans?|latin americans?|south americans?|central americans?|north americans?|west africans?|east africans?|sub saharan africans?|middle eastern|africanos?|africanas?|asiaticos?|asiaticas?|europeos?|europeas?|europeus?|europeias?|latinoamericanos?|latinoamericanas?|sudamericanos?|sudamericanas?|sul americanos?|centroamericanos?|centroamericanas?|caribenos?|caribenas?|africains?|africaines?|asiatiques?|europeens?|europeennes?)$/;

/**
 * Words that region names are made of ("Western and Central Europe", "Latin America and the
 * Caribbean", "Other African countries"): a label of these words only, with a continent among
 * them, is a region. Checked after country names, so "South Africa" stays a country.
 */
const REGION_WORDS = new Set(
  (
    'north|south|east|west|central|southern|northern|eastern|western|southeast|south|sub|saharan|' +
    'subsaharan|latin|middle|near|far|the|and|y|e|et|de|del|do|da|la|las|los|el|l|le|les|of|' +
    'countries|country|paises|pais|pays|region|regions|states|nations|islands|other|others|' +
    'otros|otras|outros|outras|autres|rest|resto|arab|baltic|nordic|andean|norte|sur|sul|este|' +
    'leste|oeste|centro|occidental|oriental|meridional|ouest|est|nord|sud|pacific|gulf|' +
    'caribbean|caribe|balkan|balkans|european|africans|african|asian|asians|europeans'
  ).split('|'),
);
const CONTINENT =
  /\b(africa|africans?|asia|asians?|europe|europa|europeans?|america|americas|americans?|oceania|caribbean|caribe|pacific|middle east|gulf|balkans?|arab)\b/;
const isRegionName = (key: string) =>
  CONTINENT.test(key) &&
  key.split(' ').every((w) => REGION_WORDS.has(w) || CONTINENT.test(w) || w === 'east');

/** Phrases that say the place is not known, or not said, anywhere in a label. */
const UNKNOWN_PHRASE =
  /\b(unknown|not known|not stated|not specified|not reported|unspecified|undetermined|desconocid[oa]s?|desconhecid[oa]s?|no determinad[oa]s?|sin determinar|no especificad[oa]s?|no consta|sin informacion|nao informad[oa]s?|inconnue?s?|ignorad[oa]s?)\b/;
/** Phrases for people from some other or any foreign country, not said which. */
const OTHER_PHRASE =
  /^(other|others|otros|otras|otro|otra|outros|outras|autres|rest of|resto de)\b/;
const FOREIGN_PHRASE =
  /\b(third countr(y|ies)|non eu|non nationals?|foreign(ers)?|extranjer[oa]s?|estrangeir[oa]s?|etrangers?)\b/;

const INDEX = new Map<string, NotCountry>();
for (const [what, words] of Object.entries(WORDS) as [NotCountry, string][]) {
  for (const w of words.split('|')) if (!INDEX.has(w)) INDEX.set(w, what);
}

/**
 * What a label that is no country is, or null when it may be one. `key` is the label through
 * normalizeName; `raw` the label as written (a code is told from its characters).
 */
export function notACountry(key: string, raw: string): NotCountry | null {
  const word = INDEX.get(key);
  if (word) return word;
  if (/^ciudadanos de su pa.{0,2}s$/.test(key)) return 'own-nationals';
  if (REGION.test(key) || isRegionName(key)) return 'region';
  if (UNKNOWN_PHRASE.test(key)) return 'unknown';
  if (OTHER_PHRASE.test(key)) return 'other';
  if (FOREIGN_PHRASE.test(key)) return 'foreign';
  // Numbers that are no ISO numeric code (UN M49 regions such as 145, questionnaire codes
  // such as Q6.1_10s): a code of some list, not a name.
  if (/^[A-Za-z]{0,2}\d+(?:[._-]\w*)*$/.test(raw.trim())) return 'code';
  // "(Nationality not stated)" and "Other (specify)": the words inside or before brackets.
  const inner = /^(.*?)\s*\((.*)\)\s*$/.exec(raw.trim());
  if (inner) return notACountry(normalizeKey(inner[1]!), inner[1]!) ?? null;
  return null;
}

/** The same folding as normalizeName (kept here so this module stands alone). */
const normalizeKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\uFFFD]+/g, ' ')
    .trim();
