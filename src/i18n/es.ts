import type { Messages } from './en';

/** Spanish. */
export const es: Messages = {
  app: {
    tagline: 'Flujos de trata de personas en América del Sur',
    demoBanner: 'Datos de demostración sintéticos — no son casos reales',
    share: 'Compartir',
    sidebar: 'Filtros y leyenda',
    linkAbout: 'Sobre el enlace',
    linkProblems:
      'Algunas partes del enlace no se pudieron usar; se muestran los valores predeterminados.',
    dismiss: 'Cerrar aviso',
    summary: '<b>{{victims}}</b> víctimas cumplen los filtros',
    summaryUnplaced: ' ({{victims}} con origen o destino desconocido)',
    filtersLater: 'Los filtros aparecen cuando los datos están cargados.',
    notADeck: '{{file}} no es una presentación: {{error}}',
    language: 'Idioma',
    theme: 'Tema',
    themes: { auto: 'Como el sistema', light: 'Claro', dark: 'Oscuro' },
  },
  tabs: {
    label: 'Vista',
    map: 'Mapa',
    table: 'Tabla',
    compare: 'Comparar países',
    sectors: 'Rutas por sector',
    justice: 'Justicia',
    sql: 'SQL',
  },
  justice: {
    title: 'Respuesta de la justicia penal',
    intro:
      'Personas en contacto formal con la policía, procesadas y condenadas, y delitos de trata de personas, según el archivo, {{years}}. Los filtros de sector, sexo y edad no se aplican a estas cifras; el país seleccionado sí.',
    partialNote:
      '«≥ n»: la cifra incluye un recuento suprimido en la fuente («<5»), así que es al menos n.',
    ratioNote:
      'Por 100 víctimas: la cifra publicada por cada 100 víctimas publicadas detectadas en el mismo país, en los años que tienen la cifra. Por 100.000: por 100.000 habitantes por año en esos años. Las razones salen solo de cifras publicadas: una cifra oculta no da ninguna.',
    country: 'País',
    victims: 'Víctimas detectadas',
    per100Victims: '{{indicator}} por 100 víctimas',
    per100k: '{{indicator}} por 100.000',
    indicators: {
      formal_contact: 'Contacto formal',
      prosecuted: 'Procesadas',
      convicted: 'Condenadas',
      offences: 'Delitos',
    },
    bySex: 'por sexo',
    none: 'No hay cifras de justicia penal para estos años.',
    loading: 'Leyendo las cifras de justicia penal…',
    failed: 'No se pudieron leer las cifras de justicia penal: {{message}}',
    yearsTitle: '{{country}}, año por año',
    year: 'Año',
    selectHint: 'Seleccione un país (su nombre en la tabla) para ver sus cifras año por año.',
    selectCountry: 'Seleccionar {{country}}',
    noRatio: {
      hidden: 'sin razón: la cifra está oculta',
      'no-base': 'sin razón: no hay víctimas publicadas',
      'partial-base': 'sin razón: las víctimas incluyen un recuento suprimido en la fuente',
    },
    noRate: {
      suppressed: 'sin tasa: la cifra es menor que {{k}}',
      withheld: 'sin tasa: la cifra está reservada',
      'no-population': 'sin dato de población',
    },
    download: 'Descargar CSV de justicia',
  },
  sankey: {
    title: 'Víctimas del origen al sector y al destino',
    caption: '{{title}}, origen → sector → destino. {{note}}',
    hint:
      'Con todos los filtros salvo los sectores; haga clic en un sector para filtrar por él. Un ' +
      'caso en varios sectores cuenta en cada uno, así que un país puede verse mayor aquí que en ' +
      'el mapa. Los anchos son cifras publicadas.',
    unknownOrigin: 'Origen desconocido',
    unknownDestination: 'Destino desconocido',
    notDrawn_one: '{{n}} vínculo está bajo el umbral o reservado y no se dibuja.',
    notDrawn_other: '{{n}} vínculos están bajo el umbral o reservados y no se dibujan.',
    nothing: 'Ningún vínculo es lo bastante grande para dibujarse con estos filtros.',
    linkTitle: '{{from}} → {{to}}: {{victims}} víctimas',
    filterBy: '{{sector}}: filtrar por este sector',
  },
  sectors: {
    sexual_exploitation: 'Explotación sexual',
    domestic_work: 'Trabajo doméstico',
    agriculture: 'Agricultura',
    mining: 'Minería',
    construction: 'Construcción',
    manufacturing_textiles: 'Manufactura / textiles',
    fishing_marine: 'Pesca / transporte marítimo',
    hospitality: 'Hostelería',
    begging: 'Mendicidad',
    forced_criminality: 'Criminalidad forzada',
    other: 'Otro',
    unknown: 'Desconocido',
  },
  sex: { female: 'Mujer', male: 'Hombre', other: 'Otro', unknown: 'Sin registro' },
  age: { adult: 'Personas adultas', minor: 'Menores de edad', unknown: 'Sin registro' },
  chips: {
    label: 'Filtros aplicados',
    years: 'Años {{years}}',
    sex: { female: 'Mujeres', male: 'Hombres', other: 'Otro sexo', unknown: 'Sexo sin registro' },
    age: { adult: 'Personas adultas', minor: 'Menores de edad', unknown: 'Edad sin registro' },
    via: 'Rutas por {{country}}',
    remove: 'Quitar filtro: {{filter}}',
    reset: 'Quitar todos los filtros',
  },
  filters: {
    years: 'Años',
    from: 'Desde',
    to: 'Hasta',
    yearFrom: 'Año desde',
    yearTo: 'Año hasta',
    play: 'Reproducir años',
    stop: 'Detener',
    loop: 'En bucle',
    sector: 'Sector de explotación',
    allSectors: 'Todos los sectores',
    sectorHint: 'Un caso en varios sectores cuenta en cada uno de ellos.',
    sex: 'Sexo',
    allSexes: 'Todos',
    age: 'Grupo de edad',
    allAges: 'Todas las edades',
    histogram: 'Víctimas por año: {{years}}',
    noYears:
      'Ningún año tiene barra con los demás filtros: cada año está bajo el umbral o reservado.',
  },
  sectorChart: {
    title: 'Víctimas por sector',
    caption: '{{title}}, por sector. {{note}}',
    key: 'Colores de las barras',
    hint:
      'Haga clic en un sector para filtrar por él. Un caso en varios sectores cuenta en cada uno. ' +
      'Las partes bajo el umbral no se dibujan: el resto pálido de una barra.',
  },
  roles: {
    involved: 'Involucradas',
    outgoing: 'Salida (origen)',
    incoming: 'Llegada (destino)',
    transit: 'Paso (tránsito)',
    internal: 'Internas',
  },
  trend: {
    outgoing: 'Salida',
    incoming: 'Llegada',
    transit: 'Paso',
    internal: 'Internas',
  },
  place: {
    hint: 'Se muestran todas las rutas que empiezan, pasan o terminan aquí.',
    none: 'No hay víctimas registradas aquí con los filtros actuales.',
    partners: 'Principales países vinculados',
    to: 'hacia {{country}}',
    from: 'desde {{country}}',
    partnersHint:
      'El gráfico de sectores y el histograma de años de arriba muestran ahora las rutas de este ' +
      'país.',
    trend: 'Tendencia',
    clear: 'Quitar selección',
    involved: 'Víctimas involucradas',
  },
  chartText: {
    byYear: '{{name}}, {{unit}} por año: {{values}}',
    none: 'ninguna',
    victims: 'víctimas',
  },
  tooltip: {
    victims: 'Víctimas',
    perCapita: 'Por 100.000 habitantes al año',
    mainSectors: 'Sectores principales',
  },
  legend: {
    title: 'Leyenda',
    flowLeg:
      'Tramo de flujo, origen → destino; la flecha apunta adonde se trasladó a las víctimas.',
    widthVictims: 'Ancho y color: víctimas por tramo',
    widthOrigin: 'Ancho y color: víctimas por 100.000 habitantes del origen, al año',
    widthDestination: 'Ancho y color: víctimas por 100.000 habitantes del destino, al año',
    circles: 'Área del círculo: víctimas cuya ruta toca el país (incl. internas).',
    shading: 'Sombreado de países: {{what}}',
    notShaded: 'Sin sombrear: menos de {{k}} víctimas, o reservado.',
    hiddenLegs:
      'Otros tramos, cada uno con menos de {{k}} víctimas o reservado para proteger otro, no se ' +
      'dibujan.',
    noPopulation:
      'Algunos tramos no se dibujan: su país no tiene cifra de población para estos años.',
    unmapped:
      'Algunos tramos terminan en un lugar que el mapa base no tiene, así que no se dibujan.',
  },
  mapLegend: {
    title: 'Leyenda',
    hide: 'Ocultar',
    show: 'Mostrar',
    fixed: 'escala fija para el conjunto de datos',
    fit: 'escala ajustada a la vista',
    circles: 'Área del círculo: víctimas cuya ruta toca el país',
    fitToView: 'Ajustar las escalas a la vista',
  },
  present: {
    progress: 'Diapositiva {{n}} de {{total}}',
  },
  shade: {
    by: 'Sombrear países por',
    nothing: 'nada',
    incoming: 'víctimas como destino',
    outgoing: 'víctimas como origen',
    transit: 'víctimas como tránsito',
    involved: 'víctimas involucradas',
    perYear: '{{what}} por 100.000 habitantes al año',
    width: 'Ancho del flujo',
    victims: 'víctimas',
    origin: 'por 100.000 habitantes del origen',
    destination: 'por 100.000 habitantes del destino',
    perCapita: 'por 100.000 habitantes',
  },
  threshold: {
    title: 'Cifras pequeñas',
    hideBelow: 'Ocultar cifras menores que',
    back: 'Volver a {{k}}',
    lowered:
      'El umbral está por debajo del {{floor}} de este conjunto de datos: hay en pantalla cifras ' +
      'pequeñas que pueden señalar a una persona. Las exportaciones llevan esta advertencia.',
  },
  disclosure: {
    withheld: 'reservado',
    exact: 'Todas las cifras se muestran exactas.',
    rule:
      'Las cifras menores que {{k}} se ocultan ("< {{k}}"). Toda otra cifra lleva un pequeño ' +
      'ruido de ±{{d}} como mucho, el mismo dondequiera que se muestre (método de la clave de ' +
      'celda), así que las partes no siempre suman su total; se reserva toda cifra que ' +
      'revelaría una oculta.',
    lowered: 'Advertencia: el umbral se bajó a mano de {{floor}} a {{k}}.',
  },
  release: {
    title: 'Publicar un extracto protegido',
    hint: 'Crea, a partir de los datos mostrados, un archivo de cifras perturbadas (método de la clave de celda; sin las celdas bajo el umbral) con un manifiesto: sin registros, sin claves, sin cifras exactas. Sirva ese archivo, no el suyo, en un enlace o una inserción.',
    warning:
      'Este enlace serviría el archivo del conjunto de datos, que no es una publicación protegida: cualquiera con el enlace puede descargar sus registros exactos. Publique un extracto protegido y sirva ese.',
    isRelease:
      'El conjunto mostrado es una publicación protegida: puede servirse con un enlace o una inserción.',
    granularity: 'Conservar',
    routes: 'años, rutas y sectores',
    countries: 'años, orígenes y destinos',
    full: 'todas las dimensiones',
    publish: 'Descargar extracto protegido',
    done: 'Descargado: {{cells}} celdas, con su manifiesto.',
  },
  rates: {
    suppressed: '< {{k}} víctimas',
    withheld: 'reservado',
    noPopulation: 'sin cifra de población',
  },
  datasets: {
    title: 'Conjuntos de datos',
    remove: 'Quitar',
    removeNamed: 'Quitar {{name}}',
    report: 'Informe de carga',
    downloadReport: 'Descargar el informe de carga',
    demo: 'Datos de demostración sintéticos',
  },
  engine: {
    lost: 'El motor DuckDB dejó de funcionar.',
    restarting:
      'El motor DuckDB dejó de funcionar ({{reason}}). Se reinicia y se vuelven a guardar los ' +
      'conjuntos de datos cargados…',
    restarted_one:
      'El motor DuckDB dejó de funcionar ({{reason}}) y se reinició: {{count}} conjunto de datos ' +
      'cargado se guardó de nuevo desde la memoria, y la vista se restauró.',
    restarted_other:
      'El motor DuckDB dejó de funcionar ({{reason}}) y se reinició: {{count}} conjuntos de datos ' +
      'cargados se guardaron de nuevo desde la memoria, y la vista se restauró.',
    restartFailed:
      'El motor DuckDB dejó de funcionar y no se pudo reiniciar ({{message}}). Vuelva a cargar ' +
      'la página; los archivos cargados tendrán que elegirse de nuevo.',
  },
  load: {
    button: 'Cargar datos',
    orDrop: ' o suelte un archivo en la página',
    loading: 'Cargando {{name}}',
    cancel: 'Cancelar',
    starting: 'Iniciando el motor de base de datos…',
    loadingFile: 'Cargando {{name}}…',
    preparingViews: 'Preparando las vistas de {{name}}…',
    waitingForEngine: '{{name}} se cargará en cuanto arranque el motor de base de datos…',
    loadingDemo: 'Cargando los datos de demostración sintéticos…',
    cancelled: 'Se canceló la carga de {{name}}.',
    cancelledKept: 'Se canceló la carga. Se siguen mostrando los datos cargados antes.',
    failed: 'Error: {{message}} Se siguen mostrando los datos cargados antes.',
    cancelledFailed: '{{message}} Se siguen mostrando los datos cargados antes.',
    error: 'Error: {{message}}',
    notLoaded: '{{name}} no se cargó: {{message}}',
    mapThem: 'Rutas no conoce las columnas de {{name}}: asígnelas para cargarlo.',
    loaded_one: 'Cargado {{name}}: {{rows}} fila leída{{used}}, {{years}}.',
    loaded_other: 'Cargado {{name}}: {{rows}} filas leídas{{used}}, {{years}}.',
    used: ', {{rows}} usadas',
    savedMapping: 'Columnas leídas con una asignación guardada en este navegador.',
    viewFailed: 'No se pudo calcular la vista: {{message}}',
    http: 'No se pudo leer {{what}} (HTTP {{status}}).',
    offSite: '?data= solo puede nombrar un archivo de este sitio; los datos nunca salen de él.',
    demoData: 'los datos de demostración',
  },
  report: {
    file: 'Archivo: {{file}}',
    readAs: 'Leído como: {{format}}, {{importer}}',
    rowsRead: 'Filas leídas: {{rows}}',
    rowsUsed: 'Filas usadas: {{rows}}',
    setAside_one: 'Apartada, {{reason}}: {{rows}} fila{{where}}',
    setAside_other: 'Apartadas, {{reason}}: {{rows}} filas{{where}}',
    firstOn: ' (la primera en la línea {{line}})',
    notUnderstood_one: 'No reconocido, {{value}}: {{rows}} fila',
    notUnderstood_other: 'No reconocido, {{value}}: {{rows}} filas',
    notACountry_one:
      'No es un país, {{value}} ({{what}}; el lugar queda desconocido): {{rows}} fila',
    notACountry_other:
      'No es un país, {{value}} ({{what}}; el lugar queda desconocido): {{rows}} filas',
    readAsCountry_one: 'Leído como {{country}} (la grafía más cercana), {{value}}: {{rows}} fila',
    readAsCountry_other:
      'Leído como {{country}} (la grafía más cercana), {{value}}: {{rows}} filas',
    placeNotFound_one:
      'Lugar no encontrado dentro de su país, {{value}} (contado en su país): {{rows}} fila',
    placeNotFound_other:
      'Lugar no encontrado dentro de su país, {{value}} (contado en su país): {{rows}} filas',
    what: {
      total: 'un total',
      unknown: 'desconocido o no consta',
      'own-nationals': 'nacionales del propio país',
      other: 'otro, sin decir cuál',
      foreign: 'extranjero, sin decir de dónde',
      region: 'una región',
      people: 'un pueblo, no un Estado',
      stateless: 'apátrida',
      'former-state': 'un Estado que ya no existe',
      code: 'un código, no un nombre',
    },
  },
  ingest: {
    notYear: '{{column}} no es un año',
    notCount: '{{column}} no es una cifra',
    notCountry: '{{column}} no es un país',
    aTotal: 'un total, no casos',
    ctdcAlpha: 'Países de CTDC leídos como ISO alfa-{{n}}.',
    unknownIndicator:
      'indicador que Rutas no lee (ni víctimas detectadas ni una cifra de justicia)',
    justiceByForm:
      'cifra de justicia por forma de explotación (la vista Justicia muestra totales y sexo)',
    justiceByOther:
      'cifra de justicia por un desglose distinto del sexo (la vista Justicia muestra totales y sexo)',
    justiceByAge: 'cifra de justicia por edad (la vista Justicia muestra totales y sexo)',
    justiceNotCount: 'cifra de justicia que no es un recuento',
    justiceDuplicate:
      'segunda cifra de justicia para el mismo país, año, indicador y sexo (se usa la primera)',
    justiceUsed_one:
      '{{rows}} de las filas usadas es una cifra de justicia penal (personas procesadas, condenadas, en contacto formal, o delitos): véase la vista Justicia.',
    justiceUsed_other:
      '{{rows}} de las filas usadas son cifras de justicia penal (personas procesadas, condenadas, en contacto formal, o delitos): véase la vista Justicia.',
    otherIndicator: 'indicador distinto de víctimas detectadas',
    byForm: 'por forma de explotación (no se une a los flujos)',
    bySexAge: 'desglose por sexo o edad (se usa su total)',
    countryTotal: 'total del país (se usa su desglose por nacionalidad)',
    byRepatriation: 'por país de repatriación (se usa el desglose por nacionalidad)',
    totalOfBreakdown: 'un total del desglose',
    impossible: 'valor imposible: mayor que el total del país',
    mappingMissing: 'La asignación deja fuera {{fields}}.',
    noRows: 'El archivo no tiene ninguna fila.',
    mapColumns:
      'La línea {{line}} dice {{header}}: columnas que ningún formato que Rutas lee por sí ' +
      'solo tiene (el formato Rutas, CTDC, UNODC GLOTIP). Indique qué columna es cuál.',
    noHeader:
      'No hay un encabezado reconocible en las primeras 30 líneas. La primera línea dice: ' +
      '{{first}}. Rutas lee el formato Rutas (year, origin, destination, …) y los archivos de ' +
      'CTDC y de UNODC GLOTIP; asigne las columnas a mano para leer otro.',
    protectedRelease:
      'Una publicación protegida: sus cifras se perturbaron al crearla y se muestran tal cual (el umbral sigue en vigor).',
    floor: 'El archivo declara un umbral de divulgación de al menos {{k}}.',
    duplicateColumn:
      'Línea {{line}}: la columna "{{column}}" aparece dos veces (columnas {{a}} y {{b}}); ' +
      'cambie el nombre de una para que quede claro cuál leer.',
    moreCells: 'más celdas que columnas en el encabezado',
    shortRows_one:
      '{{rows}} fila tiene menos celdas que el encabezado: las celdas que faltan se leen vacías.',
    shortRows_other:
      '{{rows}} filas tienen menos celdas que el encabezado: las celdas que faltan se leen vacías.',
    headerOnly: '{{name}} tiene encabezado pero ninguna fila.',
    glotipTooLarge: '{{name}} es demasiado grande para leerlo como archivo de UNODC GLOTIP.',
    noneUsed: 'No se pudo usar ninguna fila de {{name}}: {{reasons}}.',
    reason_one: '{{why}} ({{rows}} fila{{where}})',
    reason_other: '{{why}} ({{rows}} filas{{where}})',
    firstOn: ', la primera en la línea {{line}}',
    noCountry: 'Ninguna fila de {{name}} nombra un país que Rutas reconozca{{values}}.',
    binary:
      '{{name}} no es un archivo de texto (parecen datos binarios) ni un formato que Rutas lea.',
    jsonNotList: '{{name}}: el JSON no es una lista de registros.',
    jsonLine: '{{name}}, línea {{line}}: no es un registro JSON.',
    jsonInvalid: '{{name}} no es un JSON válido: {{error}}',
    empty: '{{name}} está vacío.',
    tooLarge:
      '{{name}} pesa {{size}} MiB; el archivo más grande que Rutas carga en el navegador es de ' +
      '{{max}} MiB. Agréguelo antes con `npm run cube` (vea «Scaling past one browser» en el ' +
      'README), que escribe un archivo pequeño con las mismas cifras, o fíltrelo.',
    lineTooLong:
      '{{name}}, línea {{line}}: una línea de {{size}} KiB; Rutas lee líneas de {{max}} KiB como ' +
      'máximo. ¿Es una tabla con una fila por línea?',
    engineLineTooLong:
      '{{name}} tiene una línea de {{size}} KiB; Rutas lee líneas de {{max}} KiB como máximo. ' +
      '¿Es una tabla con una fila por línea?',
    cellTooLong:
      '{{name}}, fila {{row}}, columna {{column}}: una celda de {{size}} KiB; Rutas lee celdas de ' +
      '{{max}} KiB como máximo (¿unas comillas sin cerrar?).',
    tooManyCells:
      '{{name}} tiene más de {{max}} celdas (filas × columnas), más de lo que cabe en una pestaña ' +
      'del navegador. Agréguelo antes con `npm run cube`, o deje solo las columnas que Rutas lee.',
    tooManyColumns:
      '{{name}}, fila {{row}}: {{columns}} celdas; Rutas lee filas de {{max}} columnas como máximo.',
    jsonTooDeep:
      '{{name}}, línea {{line}}: el JSON está anidado a más de {{max}} niveles; Rutas lee una ' +
      'lista de registros.',
    zipTooLarge:
      '{{name}} se expandiría a {{size}} MiB de XML (la mayor parte en {{part}}); Rutas lee ' +
      'libros XLSX de {{max}} MiB expandidos como máximo. Guarde la hoja como CSV, o agréguela ' +
      'antes con `npm run cube`.',
    arrow: '{{name}} no es un archivo Arrow IPC legible: {{error}}',
    parquet: '{{name}} no es un archivo Parquet legible: {{error}}',
    zip: '{{name}} es un zip pero no un libro XLSX legible: {{error}}',
    notXlsx: '{{name}} tiene nombre de hoja de cálculo pero no es un libro XLSX.',
    unreadable: 'No se pudo leer {{name}}: {{error}}',
    engineRead:
      'Un archivo grande: lo leyó el motor de base de datos, agrupando las filas idénticas ' +
      '({{groups}} grupos); las filas apartadas se cuentan, pero no se conocen sus números de línea.',
    rutasFormat: 'formato Rutas',
    mapped: 'columnas asignadas a mano',
    readerStopped: 'El lector de archivos se detuvo: {{error}}',
  },
  mapping: {
    title: '¿Qué columna es cuál en {{name}}?',
    required: ' (obligatorio)',
    preview: 'Vista previa del archivo',
    remember: 'Recordar esta asignación para archivos con las mismas columnas (en este navegador)',
    cancel: 'Cancelar',
    load: 'Cargar con esta asignación',
    guessed: 'Reconocidas por su nombre y sus valores: {{fields}}.',
    guessedNone: 'Ninguna columna se reconoció por su nombre y sus valores: elíjalas abajo.',
    doubtful: 'Con nombre de {{fields}}, pero los valores no lo parecen: sin completar.',
    unrecognised: 'No reconocidas: {{columns}}.',
    guessedLabel: 'Lo que se reconoció',
    guessPair: '{{field}} ← {{column}}',
    fields: {
      year: 'Año',
      origin: 'País de origen',
      transit: 'Países de tránsito',
      destination: 'País de destino',
      sector: 'Sector',
      sex: 'Sexo',
      age_group: 'Grupo de edad',
      victims: 'Número de víctimas',
      origin_place: 'Origen: lugar dentro del país',
      destination_place: 'Destino: lugar dentro del país',
      origin_lat: 'Origen: latitud',
      origin_lon: 'Origen: longitud',
      destination_lat: 'Destino: latitud',
      destination_lon: 'Destino: longitud',
    },
  },
  csv: {
    export: 'Exportación de Rutas: {{dataset}}',
    filtersLine: 'Filtros: {{filters}}',
    filters: 'años {{years}}; sectores: {{sectors}}; sexo: {{sexes}}; edad: {{ages}}',
    place: '; rutas que tocan {{country}}',
    all: 'todos',
    disclosure: 'Control de divulgación: {{note}}',
    warning:
      'ADVERTENCIA: este archivo muestra cifras pequeñas (umbral {{k}}, por debajo del {{floor}} ' +
      'de los datos). No lo publique.',
  },
  sectorList: {
    few_one: 'otro sector con menos de {{k}} víctimas',
    few_other: 'otros sectores con menos de {{k}} víctimas cada uno',
    withheld_one: 'otro sector reservado',
    withheld_other: 'otros sectores reservados',
    fewNamed: 'Menos de {{k}} víctimas cada uno: {{names}}.',
    withheldNamed: 'Reservados: {{names}}.',
    nodeTotal: '{{label}}: {{victims}}',
  },
  table: {
    flows: 'Tramos de flujo',
    countries: 'Países',
    downloadFlows: 'Descargar los flujos en CSV',
    downloadCountries: 'Descargar los países en CSV',
    from: 'Desde',
    to: 'Hacia',
    victims: 'Víctimas',
    sectors: 'Sectores',
    country: 'País',
  },
  compare: {
    victims: 'Víctimas',
    incoming: 'como destino',
    outgoing: 'como origen',
    transit: 'como tránsito',
    involved: 'involucradas de cualquier modo',
    perCapita: 'por 100.000 habitantes al año',
    chart: 'Países comparados',
    ranked: 'Países por víctimas {{role}}',
    rankedPerCapita: 'Países por víctimas {{role}} por 100.000 habitantes al año',
    caption: '{{what}}, {{years}}. {{note}}',
    overYears: 'A lo largo de los años',
    hint:
      'Víctimas {{role}} en cada año, en una misma escala, para los primeros {{n}} países de ' +
      'arriba; los años fuera del rango aparecen en gris.',
    hintSelected:
      'Víctimas {{role}} en cada año, en una misma escala, para los primeros {{n}} países de ' +
      'arriba y el seleccionado; los años fuera del rango aparecen en gris.',
    hintPerCapita:
      'Víctimas {{role}} por 100.000 habitantes en cada año, en una misma escala, para los ' +
      'primeros {{n}} países de arriba; los años fuera del rango aparecen en gris.',
    hintPerCapitaSelected:
      'Víctimas {{role}} por 100.000 habitantes en cada año, en una misma escala, para los ' +
      'primeros {{n}} países de arriba y el seleccionado; los años fuera del rango aparecen en ' +
      'gris.',
    unit: 'víctimas {{role}}',
    unitPerCapita: 'víctimas {{role}} por 100.000 habitantes',
    rates:
      'Las tasas dividen la cifra publicada (redondeada hacia abajo) entre la población sumada en ' +
      '{{years}}. Población: {{source}}',
  },
  view: {
    title: 'Víctimas {{years}}',
    via: 'rutas por {{country}}',
  },
  embed: {
    demo: 'Datos de demostración sintéticos',
    source: 'Fuente: {{source}}. ',
    open: 'Abrir en Rutas',
  },
  share: {
    title: 'Compartir esta vista',
    link: 'Enlace a esta vista',
    copyLink: 'Copiar el enlace',
    embed: 'Insertar en una página web o un informe',
    copyEmbed: 'Copiar el código para insertar',
    linkCopied: 'Enlace copiado.',
    embedCopied: 'Código para insertar copiado.',
    linkRefused: 'El navegador no permitió copiar: seleccione el enlace y cópielo.',
    embedRefused: 'El navegador no permitió copiar: seleccione el código y cópielo.',
    hint:
      'El enlace guarda la vista — años, filtros, país, panel, sombreado, idioma — no los datos: ' +
      'un archivo que usted cargó se queda en este navegador. Quien lo abra verá esta vista de los ' +
      'datos de demostración, o de un archivo publicado con Rutas (?data=).',
    lowered: 'El umbral que usted bajó no va en el enlace: se abre con el habitual.',
    close: 'Cerrar',
  },
  mapExport: {
    group: 'Exportar el mapa',
    button: 'Exportar el mapa en PNG',
    button2x: 'PNG a 2×',
    flows: 'Flujos, origen → destino: ancho y color según víctimas',
    circles: 'Círculos: víctimas cuya ruta toca el país',
    source: 'Fuente: {{source}}',
    synthetic: ' — no son casos reales',
    shadedBy: ' · Países sombreados por {{what}}',
    notDrawn: 'Los tramos bajo el umbral no se dibujan.',
    warning: 'ADVERTENCIA: hay cifras pequeñas visibles (umbral bajado a mano).',
  },
  chartExport: {
    group: 'Descargar {{name}}',
    svg: 'Descargar {{name}} en SVG',
    png: 'Descargar {{name}} en PNG',
    failed: 'No se pudo crear la imagen.',
  },
  deck: {
    title: 'Presentación',
    slideTitle: 'Título de la diapositiva',
    note: 'Nota para el orador',
    add: 'Añadir esta vista como diapositiva',
    slides: 'Diapositivas',
    slide: 'Diapositiva {{n}}',
    removeSlide: 'Quitar la diapositiva {{n}}',
    present: 'Presentar',
    save: 'Guardar la presentación',
    load: 'Abrir una presentación',
    loadDemo: 'Abrir la presentación de demostración',
    problems: 'Problemas de la presentación',
    hint: 'Al presentar, las flechas pasan las diapositivas y Escape termina.',
    caption: 'Diapositiva',
    previous: 'Anterior',
    next: 'Siguiente',
    end: 'Terminar',
    notADeck: 'El archivo no es una presentación de Rutas (no tiene diapositivas).',
    slideProblem: 'Diapositiva {{n}}: {{problem}}',
    tooMany: 'Solo se leyeron las primeras {{n}} diapositivas.',
  },
  url: {
    bad: '{{key}}={{value}} en el enlace no es {{what}}.',
    outside: '{{key}}={{value}} en el enlace está fuera de los años de estos datos ({{years}}).',
    aYear: 'un año',
    aSector: 'un sector que Rutas conozca',
    aCountry: 'un país del mapa (un código ISO 3166 alfa-3)',
    oneOf: 'uno de {{values}}',
    oneOrZero: '1 o 0',
    aWidth: 'origin o destination',
    aSex: 'un sexo que Rutas conozca',
    anAge: 'un grupo de edad que Rutas conozca',
    aLanguage: 'un idioma de Rutas (en, es, pt)',
    aMapView: 'una parte del mapa (oeste,sur,este,norte en grados)',
  },
  sql: {
    closed:
      'El panel SQL muestra resultados exactos, fila por fila, por lo que solo se abre cuando se ' +
      'muestran las cifras pequeñas: ponga «Ocultar cifras menores que» en 1 en la barra lateral. ' +
      'Es para analistas que trabajan con sus propios datos; mientras esté así, una advertencia ' +
      'permanece en pantalla.',
    notExported: 'Nada de este panel se exporta ni se pone en un enlace.',
    warning:
      'Resultados exactos: aquí se ven cifras pequeñas y casos individuales. Nada de este panel ' +
      'se exporta ni se pone en un enlace.',
    query: 'Consulta (SQL de DuckDB, solo lectura)',
    run: 'Ejecutar la consulta',
    runHint: 'Ctrl+Intro la ejecuta. Se muestran como máximo {{n}} filas.',
    tables: 'Tablas y columnas',
    at: 'En la línea {{line}}, columna {{column}}',
    first: 'Las primeras {{n}} filas.',
    rows_one: '{{n}} fila.',
    rows_other: '{{n}} filas.',
    empty: 'Escriba primero una consulta.',
    readOnly:
      'El panel SQL es de solo lectura: ejecuta consultas (SELECT, WITH, FROM, VALUES), no ' +
      '{{statement}}.',
    oneStatement: 'Una consulta a la vez: el texto contiene más de una instrucción.',
    offline:
      'El panel SQL solo lee las tablas cargadas: «{{path}}» nombra un archivo o una dirección, y ' +
      'Rutas nunca abre ninguno desde una consulta. Nada sale de la página.',
    noExtensions:
      'Aquí no se pueden instalar ni cargar extensiones de DuckDB: vienen de la red, y Rutas ' +
      'funciona sin conexión.',
    locked:
      'La configuración del motor no se puede cambiar («{{option}}»): está bloqueada para que ' +
      'siga sin conexión.',
    cancel: 'Cancelar',
    running: 'En curso…',
    cancelled: 'La consulta se canceló.',
    timedOut:
      'La consulta se detuvo a los {{seconds}} segundos, lo máximo que el panel SQL deja correr ' +
      'una.',
    outOfMemory:
      'La consulta necesitaba más memoria de la que tiene el motor, así que DuckDB la detuvo. ' +
      'Las tablas cargadas y las vistas siguen como estaban; filtre o agregue antes para pedir ' +
      'menos.',
  },
  focus: {
    show: 'Mostrar',
    region: 'Flujos que tocan América del Sur',
    world: 'Todos los flujos, en el mundo',
    regions: 'Lugares fuera de América del Sur por región del mundo',
  },
  worldRegions: {
    'north-america': 'América del Norte',
    'central-america': 'América Central y México',
    caribbean: 'Caribe',
    europe: 'Europa',
    africa: 'África',
    asia: 'Asia',
    oceania: 'Oceanía',
  },
  map: {
    label: 'Mapa de los flujos de trata',
    canvas: 'Mapa: las flechas lo desplazan, + y − cambian el zoom',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    choose: 'País',
    chooseNone: 'Ninguno',
  },
};
