/**
 * The English message catalogue: every string the interface shows. Spanish and Portuguese have
 * the same keys (see es.ts, pt.ts; the compiler checks it). Numbers are passed in already
 * formatted for the language (see format.ts); `count` picks the plural form.
 */
export const en = {
  app: {
    tagline: 'Human-trafficking flows across South America',
    demoBanner: 'Synthetic demo data — not real cases',
    share: 'Share',
    sidebar: 'Filters and legend',
    linkAbout: 'About the link',
    linkProblems: 'Parts of the link could not be used; the defaults are shown instead.',
    dismiss: 'Dismiss',
    summary: '<b>{{victims}}</b> victims match the filters',
    summaryUnplaced: ' ({{victims}} with an unknown origin or destination)',
    filtersLater: 'Filters appear once the data is loaded.',
    notADeck: '{{file}} is not a deck: {{error}}',
    language: 'Language',
    theme: 'Theme',
    themes: { auto: 'As the system', light: 'Light', dark: 'Dark' },
  },
  tabs: {
    label: 'View',
    map: 'Map',
    table: 'Table',
    compare: 'Compare countries',
    sectors: 'Routes by sector',
    justice: 'Justice',
    sql: 'SQL',
  },
  justice: {
    title: 'Criminal-justice response',
    intro:
      'Persons brought into formal contact with the police, prosecuted and convicted, and offences of trafficking in persons, as the file reports them, {{years}}. The sector, sex and age filters do not apply to these figures; the selected country does.',
    partialNote:
      '“≥ n”: the figure includes a count suppressed at source (“<5”), so it is at least n.',
    ratioNote:
      'Per 100 victims: the published figure per 100 published victims detected in the same country, in the years that have the figure. Per 100,000: per 100,000 people per year over those years. Ratios come from published figures only: a hidden figure gives none.',
    country: 'Country',
    victims: 'Detected victims',
    per100Victims: '{{indicator}} per 100 victims',
    per100k: '{{indicator}} per 100,000',
    indicators: {
      formal_contact: 'Formal contact',
      prosecuted: 'Prosecuted',
      convicted: 'Convicted',
      offences: 'Offences',
    },
    bySex: 'by sex',
    none: 'No criminal-justice figures for these years.',
    loading: 'Reading the criminal-justice figures…',
    failed: 'The criminal-justice figures could not be read: {{message}}',
    yearsTitle: '{{country}}, year by year',
    year: 'Year',
    selectHint: 'Select a country (its name in the table) to see its figures year by year.',
    selectCountry: 'Select {{country}}',
    noRatio: {
      hidden: 'no ratio: the figure is hidden',
      'no-base': 'no ratio: no published victims',
      'partial-base': 'no ratio: the victims include a count suppressed at source',
    },
    noRate: {
      suppressed: 'no rate: the figure is below {{k}}',
      withheld: 'no rate: the figure is withheld',
      'no-population': 'no population figure',
    },
    download: 'Download justice CSV',
  },
  sankey: {
    title: 'Victims from origin to sector to destination',
    caption: '{{title}}, origin → sector → destination. {{note}}',
    hint:
      'Under every filter but the sectors; click a sector to filter by it. A case in several ' +
      'sectors counts in each, so a country can appear larger here than on the map. Widths are ' +
      'published figures.',
    unknownOrigin: 'Unknown origin',
    unknownDestination: 'Unknown destination',
    notDrawn_one: '{{n}} link is below the threshold or withheld and not drawn.',
    notDrawn_other: '{{n}} links are below the threshold or withheld and not drawn.',
    nothing: 'No link is large enough to draw under these filters.',
    linkTitle: '{{from}} → {{to}}: {{victims}} victims',
    filterBy: '{{sector}}: filter by this sector',
  },
  sectors: {
    sexual_exploitation: 'Sexual exploitation',
    domestic_work: 'Domestic work',
    agriculture: 'Agriculture',
    mining: 'Mining',
    construction: 'Construction',
    manufacturing_textiles: 'Manufacturing / textiles',
    fishing_marine: 'Fishing / marine',
    hospitality: 'Hospitality',
    begging: 'Begging',
    forced_criminality: 'Forced criminality',
    other: 'Other',
    unknown: 'Unknown',
  },
  sex: { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not recorded' },
  age: { adult: 'Adults', minor: 'Minors', unknown: 'Not recorded' },
  chips: {
    label: 'Filters in force',
    years: 'Years {{years}}',
    sex: { female: 'Female', male: 'Male', other: 'Other sex', unknown: 'Sex not recorded' },
    age: { adult: 'Adults', minor: 'Minors', unknown: 'Age not recorded' },
    via: 'Routes via {{country}}',
    remove: 'Remove filter: {{filter}}',
    reset: 'Reset all filters',
  },
  filters: {
    years: 'Years',
    from: 'From',
    to: 'To',
    yearFrom: 'Year from',
    yearTo: 'Year to',
    play: 'Play years',
    stop: 'Stop',
    loop: 'Loop',
    sector: 'Sector of exploitation',
    allSectors: 'All sectors',
    sectorHint: 'A case in several sectors counts in each of them.',
    sex: 'Sex',
    allSexes: 'All',
    age: 'Age group',
    allAges: 'All ages',
    histogram: 'Victims per year: {{years}}',
    noYears:
      'No year has a bar under the other filters: each year is below the threshold or withheld.',
  },
  sectorChart: {
    title: 'Victims by sector',
    caption: '{{title}}, by sector. {{note}}',
    key: 'Colours of the bars',
    hint:
      'Click a sector to filter by it. A case in several sectors counts in each. Parts below ' +
      'the threshold are not drawn: the pale rest of a bar.',
  },
  roles: {
    involved: 'Involved',
    outgoing: 'Moved out (origin)',
    incoming: 'Moved in (destination)',
    transit: 'Moved through (transit)',
    internal: 'Internal',
  },
  trend: {
    outgoing: 'Moved out',
    incoming: 'Moved in',
    transit: 'Moved through',
    internal: 'Internal',
  },
  place: {
    hint: 'Showing every route that starts, passes through or ends here.',
    none: 'No victims recorded here under the current filters.',
    partners: 'Main partners',
    to: 'to {{country}}',
    from: 'from {{country}}',
    partnersHint: 'The sector chart and the year histogram above now show this country’s routes.',
    trend: 'Trend',
    clear: 'Clear selection',
    involved: 'Victims involved',
  },
  chartText: {
    byYear: '{{name}}, {{unit}} by year: {{values}}',
    none: 'none',
    victims: 'victims',
  },
  tooltip: {
    victims: 'Victims',
    perCapita: 'Per 100,000 people per year',
    mainSectors: 'Main sectors',
  },
  legend: {
    title: 'Legend',
    flowLeg: 'Flow leg, origin → destination; the arrow points where victims were moved.',
    widthVictims: 'Width and colour: victims per leg',
    widthOrigin: 'Width and colour: victims per 100,000 people of the origin, per year',
    widthDestination: 'Width and colour: victims per 100,000 people of the destination, per year',
    circles: 'Circle area: victims whose route touches the country (incl. internal).',
    shading: 'Country shading: {{what}}',
    notShaded: 'Not shaded: fewer than {{k}} victims, or withheld.',
    hiddenLegs:
      'Other legs, each with fewer than {{k}} victims or withheld to protect one, are not drawn.',
    noPopulation:
      'Some legs are not drawn: their country has no population figure for these years.',
    unmapped: 'Some legs end in a place the basemap does not have, so they are not drawn.',
  },
  mapLegend: {
    title: 'Legend',
    hide: 'Hide',
    show: 'Show',
    fixed: 'scale fixed for the dataset',
    fit: 'scale fitted to the view',
    circles: 'Circle area: victims whose route touches the country',
    fitToView: 'Fit scales to the view',
  },
  present: {
    progress: 'Slide {{n}} of {{total}}',
  },
  shade: {
    by: 'Shade countries by',
    nothing: 'nothing',
    incoming: 'victims as destination',
    outgoing: 'victims as origin',
    transit: 'victims as transit',
    involved: 'victims involved',
    perYear: '{{what}} per 100,000 people per year',
    width: 'Flow width',
    victims: 'victims',
    origin: 'per 100,000 people of the origin',
    destination: 'per 100,000 people of the destination',
    perCapita: 'per 100,000 people',
  },
  threshold: {
    title: 'Small counts',
    hideBelow: 'Hide counts below',
    back: 'Back to {{k}}',
    lowered:
      'The threshold is below this dataset’s {{floor}}: small counts that can point at a person ' +
      'are on screen. Exports carry this warning.',
  },
  disclosure: {
    withheld: 'withheld',
    exact: 'Every count is shown exactly.',
    rule:
      'Counts below {{k}} are hidden ("< {{k}}"). Every other count carries a small noise of at ' +
      'most ±{{d}}, the same wherever it is shown (the cell key method), so parts need not add ' +
      'up to their totals; a figure that would reveal a hidden one is withheld.',
    lowered: 'Warning: the threshold was lowered from {{floor}} to {{k}} by hand.',
  },
  release: {
    title: 'Publish a protected extract',
    hint: 'Builds, from the data shown, a file of perturbed counts (the cell key method; cells below the threshold left out) with a manifest: no records, no keys, no exact counts. Serve that file, not your own, with a link or an embed.',
    warning:
      'This link would serve the dataset file itself, which is not a protected release: anyone with the link can download its exact records. Publish a protected extract and serve that instead.',
    isRelease: 'The dataset shown is a protected release: it may be served with a link or embed.',
    granularity: 'Keep',
    routes: 'years, routes and sectors',
    countries: 'years, origins and destinations',
    full: 'every dimension',
    publish: 'Download protected extract',
    done: 'Downloaded: {{cells}} cells, with its manifest.',
  },
  rates: {
    suppressed: '< {{k}} victims',
    withheld: 'withheld',
    noPopulation: 'no population figure',
  },
  datasets: {
    title: 'Datasets',
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    report: 'Load report',
    downloadReport: 'Download load report',
    demo: 'Synthetic demo data',
  },
  engine: {
    lost: 'The DuckDB engine stopped working.',
    restarting:
      'The DuckDB engine stopped working ({{reason}}). Restarting it and storing the loaded ' +
      'datasets again…',
    restarted_one:
      'The DuckDB engine stopped working ({{reason}}) and was restarted: {{count}} loaded dataset ' +
      'stored again from memory, and the view restored.',
    restarted_other:
      'The DuckDB engine stopped working ({{reason}}) and was restarted: {{count}} loaded ' +
      'datasets stored again from memory, and the view restored.',
    restartFailed:
      'The DuckDB engine stopped working and could not be restarted ({{message}}). Reload the ' +
      'page; files you loaded will have to be picked again.',
  },
  load: {
    button: 'Load data',
    orDrop: ' or drop a file on the page',
    loading: 'Loading {{name}}',
    cancel: 'Cancel',
    starting: 'Starting the database engine…',
    loadingFile: 'Loading {{name}}…',
    preparingViews: 'Preparing the views of {{name}}…',
    waitingForEngine: '{{name}} will load as soon as the database engine has started…',
    loadingDemo: 'Loading the synthetic demo data…',
    cancelled: 'Loading {{name}} was cancelled.',
    cancelledKept: 'Loading was cancelled. The data loaded before is still shown.',
    failed: 'Error: {{message}} The data loaded before is still shown.',
    cancelledFailed: '{{message}} The data loaded before is still shown.',
    error: 'Error: {{message}}',
    notLoaded: '{{name}} was not loaded: {{message}}',
    mapThem: 'Rutas does not know the columns of {{name}}: map them to load it.',
    loaded_one: 'Loaded {{name}}: {{rows}} row read{{used}}, {{years}}.',
    loaded_other: 'Loaded {{name}}: {{rows}} rows read{{used}}, {{years}}.',
    used: ', {{rows}} used',
    savedMapping: 'Columns read with a mapping saved in this browser.',
    viewFailed: 'The view could not be computed: {{message}}',
    http: '{{what}} could not be read (HTTP {{status}}).',
    offSite: '?data= may only name a file on this site; data never leaves it.',
    demoData: 'The demo data',
  },
  report: {
    file: 'File: {{file}}',
    readAs: 'Read as: {{format}}, {{importer}}',
    rowsRead: 'Rows read: {{rows}}',
    rowsUsed: 'Rows used: {{rows}}',
    setAside_one: 'Set aside, {{reason}}: {{rows}} row{{where}}',
    setAside_other: 'Set aside, {{reason}}: {{rows}} rows{{where}}',
    firstOn: ' (first on line {{line}})',
    notUnderstood_one: 'Not understood, {{value}}: {{rows}} row',
    notUnderstood_other: 'Not understood, {{value}}: {{rows}} rows',
    notACountry_one: 'Not a country, {{value}} ({{what}}; the place is left unknown): {{rows}} row',
    notACountry_other:
      'Not a country, {{value}} ({{what}}; the place is left unknown): {{rows}} rows',
    readAsCountry_one: 'Read as {{country}} (the nearest spelling), {{value}}: {{rows}} row',
    readAsCountry_other: 'Read as {{country}} (the nearest spelling), {{value}}: {{rows}} rows',
    placeNotFound_one:
      'Place not found inside its country, {{value}} (counted at its country): {{rows}} row',
    placeNotFound_other:
      'Place not found inside its country, {{value}} (counted at its country): {{rows}} rows',
    what: {
      total: 'a total',
      unknown: 'unknown or not stated',
      'own-nationals': 'own nationals',
      other: 'other, not said which',
      foreign: 'abroad or foreign, not said where',
      region: 'a region',
      people: 'a people, not a state',
      stateless: 'stateless',
      'former-state': 'a state that no longer exists',
      code: 'a code, not a name',
    },
  },
  ingest: {
    notYear: '{{column}} is not a year',
    notCount: '{{column}} is not a count',
    notCountry: '{{column}} is not a country',
    aTotal: 'a total, not cases',
    ctdcAlpha: 'CTDC countries read as ISO alpha-{{n}}.',
    unknownIndicator:
      'indicator Rutas does not read (neither detected victims nor a justice figure)',
    justiceByForm: 'justice figure by form of exploitation (the Justice view shows totals and sex)',
    justiceByOther:
      'justice figure by a breakdown other than sex (the Justice view shows totals and sex)',
    justiceByAge: 'justice figure by age (the Justice view shows totals and sex)',
    justiceNotCount: 'justice figure that is not a count',
    justiceDuplicate:
      'second justice figure for the same country, year, indicator and sex (the first is used)',
    justiceUsed_one:
      '{{rows}} of the rows used is a criminal-justice figure (persons prosecuted, convicted, brought into formal contact, or offences): see the Justice view.',
    justiceUsed_other:
      '{{rows}} of the rows used are criminal-justice figures (persons prosecuted, convicted, brought into formal contact, or offences): see the Justice view.',
    otherIndicator: 'indicator other than detected victims',
    byForm: 'by form of exploitation (not joined to flows)',
    bySexAge: 'breakdown by sex or age (its total is used)',
    countryTotal: 'country total (its breakdown by citizenship is used)',
    byRepatriation: 'by country of repatriation (the breakdown by citizenship is used)',
    totalOfBreakdown: 'a total of the breakdown',
    impossible: "impossible value: more than the country's total",
    mappingMissing: 'The mapping leaves out {{fields}}.',
    noRows: 'The file has no rows at all.',
    mapColumns:
      'Line {{line}} reads {{header}}: columns that no format Rutas reads by itself has (the ' +
      'Rutas format, CTDC, UNODC GLOTIP). Say which column is which.',
    noHeader:
      'No recognisable header in the first 30 lines. The first line reads: {{first}}. Rutas ' +
      'reads the Rutas format (year, origin, destination, …), CTDC and UNODC GLOTIP files; map ' +
      'the columns by hand to read another.',
    protectedRelease:
      'A protected release: its counts were perturbed when it was made, and are shown as they are (the threshold still applies).',
    floor: 'The file declares a disclosure threshold of at least {{k}}.',
    duplicateColumn:
      'Line {{line}}: the column "{{column}}" appears twice (columns {{a}} and {{b}}); rename ' +
      'one so it is clear which to read.',
    moreCells: 'more cells than the header has columns',
    shortRows_one: '{{rows}} row has fewer cells than the header: the missing cells read as empty.',
    shortRows_other:
      '{{rows}} rows have fewer cells than the header: the missing cells read as empty.',
    headerOnly: '{{name}} has a header but no rows.',
    glotipTooLarge: '{{name}} is too large to read as a UNODC GLOTIP file.',
    noneUsed: 'No row of {{name}} could be used: {{reasons}}.',
    reason_one: '{{why}} ({{rows}} row{{where}})',
    reason_other: '{{why}} ({{rows}} rows{{where}})',
    firstOn: ', first on line {{line}}',
    noCountry: 'No row of {{name}} names a country Rutas understands{{values}}.',
    binary: '{{name}} is not a text file (it looks like binary data), nor a format Rutas reads.',
    jsonNotList: '{{name}}: the JSON is not a list of records.',
    jsonLine: '{{name}}, line {{line}}: not a JSON record.',
    jsonInvalid: '{{name}} is not valid JSON: {{error}}',
    empty: '{{name}} is empty.',
    tooLarge:
      '{{name}} is {{size}} MiB; the largest file Rutas loads in the browser is {{max}} MiB. ' +
      'Aggregate it first with `npm run cube` (see “Scaling past one browser” in the README), ' +
      'which writes a small file with the same figures, or filter it.',
    lineTooLong:
      '{{name}}, line {{line}}: a line of {{size}} KiB; Rutas reads lines of at most {{max}} KiB. ' +
      'Is it a table with one row per line?',
    engineLineTooLong:
      '{{name}} has a line of {{size}} KiB; Rutas reads lines of at most {{max}} KiB. Is it a ' +
      'table with one row per line?',
    cellTooLong:
      '{{name}}, row {{row}}, column {{column}}: a cell of {{size}} KiB; Rutas reads cells of at ' +
      'most {{max}} KiB (an unclosed quote?).',
    tooManyCells:
      '{{name}} holds more than {{max}} cells (rows × columns), more than a browser tab can hold. ' +
      'Aggregate it first with `npm run cube`, or keep only the columns Rutas reads.',
    tooManyColumns:
      '{{name}}, row {{row}}: {{columns}} cells; Rutas reads rows of at most {{max}} columns.',
    jsonTooDeep:
      '{{name}}, line {{line}}: the JSON is nested more than {{max}} levels deep; Rutas reads a ' +
      'list of records.',
    zipTooLarge:
      '{{name}} would expand to {{size}} MiB of XML (most of it in {{part}}); Rutas reads XLSX ' +
      'workbooks of at most {{max}} MiB expanded. Save the sheet as CSV, or aggregate it first ' +
      'with `npm run cube`.',
    arrow: '{{name}} is not a readable Arrow IPC file: {{error}}',
    parquet: '{{name}} is not a readable Parquet file: {{error}}',
    zip: '{{name}} is a zip but not a readable XLSX workbook: {{error}}',
    notXlsx: '{{name}} is named like a spreadsheet but is not an XLSX workbook.',
    unreadable: '{{name}} could not be read: {{error}}',
    engineRead:
      'A large file: the database engine read it, grouping identical rows ({{groups}} groups); ' +
      'rows set aside are counted but their line numbers are not known.',
    rutasFormat: 'Rutas format',
    mapped: 'columns mapped by hand',
    readerStopped: 'The file reader stopped: {{error}}',
  },
  mapping: {
    title: 'Which column is which in {{name}}?',
    required: ' (required)',
    preview: 'Preview of the file',
    remember: 'Remember this mapping for files with the same columns (in this browser)',
    cancel: 'Cancel',
    load: 'Load with this mapping',
    guessed: 'Recognised from their names and values: {{fields}}.',
    guessedNone: 'No column was recognised from its name and values: choose them below.',
    doubtful: 'Named like {{fields}}, but the values do not look like it: not filled in.',
    unrecognised: 'Not recognised: {{columns}}.',
    guessedLabel: 'What was recognised',
    guessPair: '{{field}} ← {{column}}',
    fields: {
      year: 'Year',
      origin: 'Origin country',
      transit: 'Transit countries',
      destination: 'Destination country',
      sector: 'Sector',
      sex: 'Sex',
      age_group: 'Age group',
      victims: 'Count of victims',
      origin_place: 'Origin: place inside the country',
      destination_place: 'Destination: place inside the country',
      origin_lat: 'Origin: latitude',
      origin_lon: 'Origin: longitude',
      destination_lat: 'Destination: latitude',
      destination_lon: 'Destination: longitude',
    },
  },
  csv: {
    export: 'Rutas export: {{dataset}}',
    filtersLine: 'Filters: {{filters}}',
    filters: 'years {{years}}; sectors: {{sectors}}; sex: {{sexes}}; age: {{ages}}',
    place: '; routes touching {{country}}',
    all: 'all',
    disclosure: 'Disclosure: {{note}}',
    warning:
      'WARNING: small counts are visible in this file (threshold {{k}}, below the dataset’s ' +
      '{{floor}}). Do not publish it.',
  },
  sectorList: {
    few_one: 'another sector with fewer than {{k}} victims',
    few_other: 'other sectors with fewer than {{k}} victims each',
    withheld_one: 'another sector withheld',
    withheld_other: 'other sectors withheld',
    fewNamed: 'Fewer than {{k}} victims each: {{names}}.',
    withheldNamed: 'Withheld: {{names}}.',
    nodeTotal: '{{label}}: {{victims}}',
  },
  table: {
    flows: 'Flow legs',
    countries: 'Countries',
    downloadFlows: 'Download flows CSV',
    downloadCountries: 'Download countries CSV',
    from: 'From',
    to: 'To',
    victims: 'Victims',
    sectors: 'Sectors',
    country: 'Country',
  },
  compare: {
    victims: 'Victims',
    incoming: 'as destination',
    outgoing: 'as origin',
    transit: 'as transit',
    involved: 'involved in any way',
    perCapita: 'per 100,000 people per year',
    chart: 'Countries compared',
    ranked: 'Countries by victims {{role}}',
    rankedPerCapita: 'Countries by victims {{role}} per 100,000 people per year',
    caption: '{{what}}, {{years}}. {{note}}',
    overYears: 'Over the years',
    hint:
      'Victims {{role}} in each year, on one scale, for the first {{n}} countries above; the ' +
      'years outside the range are grey.',
    hintSelected:
      'Victims {{role}} in each year, on one scale, for the first {{n}} countries above and the ' +
      'one selected; the years outside the range are grey.',
    hintPerCapita:
      'Victims {{role}} per 100,000 people in each year, on one scale, for the first {{n}} ' +
      'countries above; the years outside the range are grey.',
    hintPerCapitaSelected:
      'Victims {{role}} per 100,000 people in each year, on one scale, for the first {{n}} ' +
      'countries above and the one selected; the years outside the range are grey.',
    unit: 'victims {{role}}',
    unitPerCapita: 'victims {{role}} per 100,000 people',
    rates:
      'Rates divide the published (rounded-down) count by the population summed over {{years}}. ' +
      'Population: {{source}}',
  },
  view: {
    title: 'Victims {{years}}',
    via: 'routes via {{country}}',
  },
  embed: {
    demo: 'Synthetic demo data',
    source: 'Source: {{source}}. ',
    open: 'Open in Rutas',
  },
  share: {
    title: 'Share this view',
    link: 'Link to this view',
    copyLink: 'Copy link',
    embed: 'Embed in a web page or report',
    copyEmbed: 'Copy embed code',
    linkCopied: 'Link copied.',
    embedCopied: 'Embed code copied.',
    linkRefused: 'Copying was refused by the browser: select the link and copy it.',
    embedRefused: 'Copying was refused by the browser: select the embed code and copy it.',
    hint:
      'The link holds the view — years, filters, country, panel, shading, language — not the ' +
      'data: a file you loaded stays in this browser. Whoever opens it sees this view of the ' +
      'demo data, or of a file published with Rutas (?data=).',
    lowered: 'The threshold you lowered is not in the link: it opens at the usual one.',
    close: 'Close',
  },
  mapExport: {
    group: 'Export the map',
    button: 'Export map as PNG',
    button2x: 'PNG at 2×',
    flows: 'Flows, origin → destination: width and colour by victims',
    circles: 'Circles: victims whose route touches the country',
    source: 'Source: {{source}}',
    synthetic: ' — not real cases',
    shadedBy: ' · Countries shaded by {{what}}',
    notDrawn: 'Legs below the threshold are not drawn.',
    warning: 'WARNING: small counts are visible (threshold lowered by hand).',
  },
  chartExport: {
    group: 'Download {{name}}',
    svg: 'Download {{name}} as SVG',
    png: 'Download {{name}} as PNG',
    failed: 'The image could not be made.',
  },
  deck: {
    title: 'Presentation',
    slideTitle: 'Slide title',
    note: 'Speaker note',
    add: 'Add this view as a slide',
    slides: 'Slides',
    slide: 'Slide {{n}}',
    removeSlide: 'Remove slide {{n}}',
    present: 'Present',
    save: 'Save deck',
    load: 'Load deck',
    loadDemo: 'Load the demo deck',
    problems: 'Deck problems',
    hint: 'Present: arrow keys step through the slides, Escape ends.',
    caption: 'Slide',
    previous: 'Previous',
    next: 'Next',
    end: 'End',
    notADeck: 'The file is not a Rutas deck (no slides).',
    slideProblem: 'Slide {{n}}: {{problem}}',
    tooMany: 'Only the first {{n}} slides were read.',
  },
  url: {
    bad: "The link's {{key}}={{value}} is not {{what}}.",
    outside: "The link's {{key}}={{value}} is outside this dataset's years ({{years}}).",
    aYear: 'a year',
    aSector: 'a sector Rutas knows',
    aCountry: 'a country on the map (an ISO 3166 alpha-3 code)',
    oneOf: 'one of {{values}}',
    oneOrZero: '1 or 0',
    aWidth: 'origin or destination',
    aSex: 'a sex Rutas knows',
    anAge: 'an age group Rutas knows',
    aLanguage: 'a language Rutas speaks (en, es, pt)',
    aMapView: 'a part of the map (west,south,east,north in degrees)',
  },
  sql: {
    closed:
      'The SQL panel shows exact results, row by row, so it opens only when small counts are ' +
      'shown: set “Hide counts below” to 1 in the sidebar. That is for analysts working on their ' +
      'own data; a warning stays on screen while it is set.',
    notExported: 'Nothing in this panel is exported or put in a link.',
    warning:
      'Exact results: small counts and single cases are visible here. Nothing in this panel is ' +
      'exported or put in a link.',
    query: 'Query (DuckDB SQL, read-only)',
    run: 'Run query',
    runHint: 'Ctrl+Enter runs it. At most {{n}} rows are shown.',
    tables: 'Tables and columns',
    at: 'At line {{line}}, column {{column}}',
    first: 'The first {{n}} rows.',
    rows_one: '{{n}} row.',
    rows_other: '{{n}} rows.',
    empty: 'Write a query first.',
    readOnly:
      'The SQL panel is read-only: it runs queries (SELECT, WITH, FROM, VALUES), not ' +
      '{{statement}}.',
    oneStatement: 'One query at a time: the text holds more than one statement.',
    offline:
      'The SQL panel reads only the loaded tables: “{{path}}” names a file or an address, and ' +
      'Rutas never opens one from a query. Nothing leaves the page.',
    noExtensions:
      'DuckDB extensions cannot be installed or loaded here: they come from the network, and ' +
      'Rutas works offline.',
    locked:
      'The engine’s settings cannot be changed (“{{option}}”): they are locked so that it stays ' +
      'offline.',
    cancel: 'Cancel',
    running: 'Running…',
    cancelled: 'The query was cancelled.',
    timedOut:
      'The query was stopped after {{seconds}} seconds, the longest the SQL panel lets one run.',
    outOfMemory:
      'The query needed more memory than the engine has, so DuckDB stopped it. The loaded ' +
      'tables and the views are as they were; filter or aggregate first to ask for less.',
  },
  focus: {
    show: 'Show',
    region: 'Flows that touch South America',
    world: 'Every flow, worldwide',
    regions: 'Places outside South America by world region',
  },
  worldRegions: {
    'north-america': 'North America',
    'central-america': 'Central America and Mexico',
    caribbean: 'Caribbean',
    europe: 'Europe',
    africa: 'Africa',
    asia: 'Asia',
    oceania: 'Oceania',
  },
  map: {
    label: 'Map of trafficking flows',
    canvas: 'Map: arrow keys pan, + and − zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    choose: 'Country',
    chooseNone: 'None selected',
  },
} as const;

/** The shape of a catalogue: the same keys as English, any strings. */
export type Messages = Widen<typeof en>;
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
