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
    'varias|multiple|several|mixed|dual nationality',
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
  if (REGION.test(key)) return 'region';
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
