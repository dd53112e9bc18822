import type { Messages } from './en';

/** Portuguese (as written in Brazil). */
export const pt: Messages = {
  app: {
    tagline: 'Fluxos de tráfico de pessoas na América do Sul',
    demoBanner: 'Dados de demonstração sintéticos — não são casos reais',
    share: 'Compartilhar',
    sidebar: 'Filtros e legenda',
    linkAbout: 'Sobre o link',
    linkProblems: 'Partes do link não puderam ser usadas; os valores padrão são mostrados.',
    dismiss: 'Fechar aviso',
    summary: '<b>{{victims}}</b> vítimas atendem aos filtros',
    summaryUnplaced: ' ({{victims}} com origem ou destino desconhecido)',
    filtersLater: 'Os filtros aparecem quando os dados estiverem carregados.',
    notADeck: '{{file}} não é uma apresentação: {{error}}',
    language: 'Idioma',
    theme: 'Tema',
    themes: { auto: 'Como o sistema', light: 'Claro', dark: 'Escuro' },
  },
  tabs: {
    label: 'Visualização',
    map: 'Mapa',
    table: 'Tabela',
    compare: 'Comparar países',
    sectors: 'Rotas por setor',
    justice: 'Justiça',
    sql: 'SQL',
  },
  justice: {
    title: 'Resposta da justiça criminal',
    intro:
      'Pessoas em contato formal com a polícia, processadas e condenadas, e crimes de tráfico de pessoas, como o arquivo os informa, {{years}}. Os filtros de setor, sexo e idade não se aplicam a estas cifras; o país selecionado, sim.',
    partialNote:
      '“≥ n”: a cifra inclui uma contagem suprimida na fonte (“<5”), portanto é pelo menos n.',
    ratioNote:
      'Por 100 vítimas: a cifra publicada por 100 vítimas publicadas detectadas no mesmo país, nos anos que têm a cifra. Por 100.000: por 100.000 habitantes por ano nesses anos. As razões vêm só de cifras publicadas: uma cifra oculta não dá nenhuma.',
    country: 'País',
    victims: 'Vítimas detectadas',
    per100Victims: '{{indicator}} por 100 vítimas',
    per100k: '{{indicator}} por 100.000',
    indicators: {
      formal_contact: 'Contato formal',
      prosecuted: 'Processadas',
      convicted: 'Condenadas',
      offences: 'Crimes',
    },
    bySex: 'por sexo',
    none: 'Não há cifras de justiça criminal para estes anos.',
    loading: 'Lendo as cifras de justiça criminal…',
    failed: 'Não foi possível ler as cifras de justiça criminal: {{message}}',
    yearsTitle: '{{country}}, ano a ano',
    year: 'Ano',
    selectHint: 'Selecione um país (seu nome na tabela) para ver suas cifras ano a ano.',
    selectCountry: 'Selecionar {{country}}',
    noRatio: {
      hidden: 'sem razão: a cifra está oculta',
      'no-base': 'sem razão: não há vítimas publicadas',
      'partial-base': 'sem razão: as vítimas incluem uma contagem suprimida na fonte',
    },
    noRate: {
      suppressed: 'sem taxa: a cifra é menor que {{k}}',
      withheld: 'sem taxa: a cifra está reservada',
      'no-population': 'sem dado de população',
    },
    download: 'Baixar CSV de justiça',
  },
  sankey: {
    title: 'Vítimas da origem ao setor e ao destino',
    caption: '{{title}}, origem → setor → destino. {{note}}',
    hint:
      'Com todos os filtros exceto os setores; clique em um setor para filtrar por ele. Um caso ' +
      'em vários setores conta em cada um, então um país pode parecer maior aqui do que no mapa. ' +
      'As larguras são números publicados.',
    unknownOrigin: 'Origem desconhecida',
    unknownDestination: 'Destino desconhecido',
    notDrawn_one: '{{n}} ligação está abaixo do limiar ou reservada e não é desenhada.',
    notDrawn_other: '{{n}} ligações estão abaixo do limiar ou reservadas e não são desenhadas.',
    nothing: 'Nenhuma ligação é grande o bastante para ser desenhada com estes filtros.',
    linkTitle: '{{from}} → {{to}}: {{victims}} vítimas',
    filterBy: '{{sector}}: filtrar por este setor',
  },
  sectors: {
    sexual_exploitation: 'Exploração sexual',
    domestic_work: 'Trabalho doméstico',
    agriculture: 'Agricultura',
    mining: 'Mineração',
    construction: 'Construção',
    manufacturing_textiles: 'Indústria / têxteis',
    fishing_marine: 'Pesca / transporte marítimo',
    hospitality: 'Hotelaria',
    begging: 'Mendicância',
    forced_criminality: 'Criminalidade forçada',
    other: 'Outro',
    unknown: 'Desconhecido',
  },
  sex: { female: 'Mulher', male: 'Homem', other: 'Outro', unknown: 'Sem registro' },
  age: { adult: 'Adultos', minor: 'Menores de idade', unknown: 'Sem registro' },
  chips: {
    label: 'Filtros aplicados',
    years: 'Anos {{years}}',
    sex: { female: 'Mulheres', male: 'Homens', other: 'Outro sexo', unknown: 'Sexo sem registro' },
    age: { adult: 'Adultos', minor: 'Menores de idade', unknown: 'Idade sem registro' },
    via: 'Rotas via {{country}}',
    remove: 'Remover filtro: {{filter}}',
    reset: 'Remover todos os filtros',
  },
  filters: {
    years: 'Anos',
    from: 'De',
    to: 'Até',
    yearFrom: 'Ano inicial',
    yearTo: 'Ano final',
    play: 'Reproduzir anos',
    stop: 'Parar',
    loop: 'Repetir',
    sector: 'Setor de exploração',
    allSectors: 'Todos os setores',
    sectorHint: 'Um caso em vários setores conta em cada um deles.',
    sex: 'Sexo',
    allSexes: 'Todos',
    age: 'Faixa etária',
    allAges: 'Todas as idades',
    histogram: 'Vítimas por ano: {{years}}',
    noYears:
      'Nenhum ano tem barra com os demais filtros: cada ano está abaixo do limiar ou reservado.',
  },
  sectorChart: {
    title: 'Vítimas por setor',
    caption: '{{title}}, por setor. {{note}}',
    key: 'Cores das barras',
    hint:
      'Clique em um setor para filtrar por ele. Um caso em vários setores conta em cada um. As ' +
      'partes abaixo do limiar não são desenhadas: o resto claro de uma barra.',
  },
  roles: {
    involved: 'Envolvidas',
    outgoing: 'Saída (origem)',
    incoming: 'Chegada (destino)',
    transit: 'Passagem (trânsito)',
    internal: 'Internas',
  },
  trend: {
    outgoing: 'Saída',
    incoming: 'Chegada',
    transit: 'Passagem',
    internal: 'Internas',
  },
  place: {
    hint: 'Mostrando todas as rotas que começam, passam ou terminam aqui.',
    none: 'Nenhuma vítima registrada aqui com os filtros atuais.',
    partners: 'Principais países ligados',
    to: 'para {{country}}',
    from: 'de {{country}}',
    partnersHint:
      'O gráfico de setores e o histograma de anos acima agora mostram as rotas deste país.',
    trend: 'Tendência',
    clear: 'Limpar seleção',
    involved: 'Vítimas envolvidas',
  },
  chartText: {
    byYear: '{{name}}, {{unit}} por ano: {{values}}',
    none: 'nenhuma',
    victims: 'vítimas',
  },
  tooltip: {
    victims: 'Vítimas',
    perCapita: 'Por 100.000 habitantes por ano',
    mainSectors: 'Principais setores',
  },
  legend: {
    title: 'Legenda',
    flowLeg: 'Trecho de fluxo, origem → destino; a seta aponta para onde as vítimas foram levadas.',
    widthVictims: 'Largura e cor: vítimas por trecho',
    widthOrigin: 'Largura e cor: vítimas por 100.000 habitantes da origem, por ano',
    widthDestination: 'Largura e cor: vítimas por 100.000 habitantes do destino, por ano',
    circles: 'Área do círculo: vítimas cuja rota toca o país (incl. internas).',
    shading: 'Sombreamento dos países: {{what}}',
    notShaded: 'Sem sombreamento: menos de {{k}} vítimas, ou reservado.',
    hiddenLegs:
      'Outros trechos, cada um com menos de {{k}} vítimas ou reservado para proteger outro, não ' +
      'são desenhados.',
    noPopulation:
      'Alguns trechos não são desenhados: o país não tem número de população para estes anos.',
    unmapped:
      'Alguns trechos terminam em um lugar que o mapa base não tem, então não são desenhados.',
  },
  mapLegend: {
    title: 'Legenda',
    hide: 'Ocultar',
    show: 'Mostrar',
    fixed: 'escala fixa para o conjunto de dados',
    fit: 'escala ajustada à vista',
    circles: 'Área do círculo: vítimas cuja rota passa pelo país',
    fitToView: 'Ajustar as escalas à vista',
  },
  present: {
    progress: 'Slide {{n}} de {{total}}',
  },
  shade: {
    by: 'Sombrear países por',
    nothing: 'nada',
    incoming: 'vítimas como destino',
    outgoing: 'vítimas como origem',
    transit: 'vítimas como trânsito',
    involved: 'vítimas envolvidas',
    perYear: '{{what}} por 100.000 habitantes por ano',
    width: 'Largura do fluxo',
    victims: 'vítimas',
    origin: 'por 100.000 habitantes da origem',
    destination: 'por 100.000 habitantes do destino',
    perCapita: 'por 100.000 habitantes',
  },
  threshold: {
    title: 'Números pequenos',
    hideBelow: 'Ocultar números menores que',
    back: 'Voltar a {{k}}',
    lowered:
      'O limiar está abaixo do {{floor}} deste conjunto de dados: há na tela números pequenos ' +
      'que podem apontar uma pessoa. As exportações levam este aviso.',
  },
  disclosure: {
    withheld: 'reservado',
    exact: 'Todos os números são mostrados exatos.',
    rule:
      'Números menores que {{k}} são ocultados ("< {{k}}"). Todo outro número leva um pequeno ' +
      'ruído de no máximo ±{{d}}, o mesmo onde quer que apareça (método da chave de célula), ' +
      'então as partes nem sempre somam o seu total; um número que revelaria um oculto é ' +
      'reservado.',
    lowered: 'Aviso: o limiar foi reduzido à mão de {{floor}} para {{k}}.',
  },
  release: {
    title: 'Publicar um extrato protegido',
    hint: 'Cria, a partir dos dados mostrados, um arquivo de números perturbados (método da chave de célula; sem as células abaixo do limiar) com um manifesto: sem registros, sem chaves, sem números exatos. Sirva esse arquivo, não o seu, num link ou numa incorporação.',
    warning:
      'Este link serviria o próprio arquivo do conjunto de dados, que não é uma publicação protegida: qualquer pessoa com o link pode baixar os seus registros exatos. Publique um extrato protegido e sirva esse.',
    isRelease:
      'O conjunto mostrado é uma publicação protegida: pode ser servido num link ou numa incorporação.',
    granularity: 'Manter',
    routes: 'anos, rotas e setores',
    countries: 'anos, origens e destinos',
    full: 'todas as dimensões',
    publish: 'Baixar extrato protegido',
    done: 'Baixado: {{cells}} células, com o seu manifesto.',
  },
  rates: {
    suppressed: '< {{k}} vítimas',
    withheld: 'reservado',
    noPopulation: 'sem número de população',
  },
  datasets: {
    title: 'Conjuntos de dados',
    remove: 'Remover',
    removeNamed: 'Remover {{name}}',
    report: 'Relatório de carga',
    downloadReport: 'Baixar o relatório de carga',
    demo: 'Dados de demonstração sintéticos',
  },
  engine: {
    lost: 'O motor DuckDB parou de funcionar.',
    restarting:
      'O motor DuckDB parou de funcionar ({{reason}}). Reiniciando-o e guardando de novo os ' +
      'conjuntos de dados carregados…',
    restarted_one:
      'O motor DuckDB parou de funcionar ({{reason}}) e foi reiniciado: {{count}} conjunto de ' +
      'dados carregado guardado de novo a partir da memória, e a visão restaurada.',
    restarted_other:
      'O motor DuckDB parou de funcionar ({{reason}}) e foi reiniciado: {{count}} conjuntos de ' +
      'dados carregados guardados de novo a partir da memória, e a visão restaurada.',
    restartFailed:
      'O motor DuckDB parou de funcionar e não pôde ser reiniciado ({{message}}). Recarregue a ' +
      'página; os arquivos carregados terão de ser escolhidos de novo.',
  },
  load: {
    button: 'Carregar dados',
    orDrop: ' ou solte um arquivo na página',
    loading: 'Carregando {{name}}',
    cancel: 'Cancelar',
    starting: 'Iniciando o mecanismo de banco de dados…',
    loadingFile: 'Carregando {{name}}…',
    preparingViews: 'Preparando as visualizações de {{name}}…',
    waitingForEngine: '{{name}} será carregado assim que o motor de banco de dados iniciar…',
    loadingDemo: 'Carregando os dados de demonstração sintéticos…',
    cancelled: 'O carregamento de {{name}} foi cancelado.',
    cancelledKept: 'O carregamento foi cancelado. Os dados carregados antes continuam na tela.',
    failed: 'Erro: {{message}} Os dados carregados antes continuam na tela.',
    cancelledFailed: '{{message}} Os dados carregados antes continuam na tela.',
    error: 'Erro: {{message}}',
    notLoaded: '{{name}} não foi carregado: {{message}}',
    mapThem: 'O Rutas não conhece as colunas de {{name}}: associe-as para carregá-lo.',
    loaded_one: '{{name}} carregado: {{rows}} linha lida{{used}}, {{years}}.',
    loaded_other: '{{name}} carregado: {{rows}} linhas lidas{{used}}, {{years}}.',
    used: ', {{rows}} usadas',
    savedMapping: 'Colunas lidas com uma associação salva neste navegador.',
    viewFailed: 'A visualização não pôde ser calculada: {{message}}',
    http: 'Não foi possível ler {{what}} (HTTP {{status}}).',
    offSite: '?data= só pode indicar um arquivo deste site; os dados nunca saem dele.',
    demoData: 'os dados de demonstração',
  },
  report: {
    file: 'Arquivo: {{file}}',
    readAs: 'Lido como: {{format}}, {{importer}}',
    rowsRead: 'Linhas lidas: {{rows}}',
    rowsUsed: 'Linhas usadas: {{rows}}',
    setAside_one: 'Separada, {{reason}}: {{rows}} linha{{where}}',
    setAside_other: 'Separadas, {{reason}}: {{rows}} linhas{{where}}',
    firstOn: ' (a primeira na linha {{line}})',
    notUnderstood_one: 'Não reconhecido, {{value}}: {{rows}} linha',
    notUnderstood_other: 'Não reconhecido, {{value}}: {{rows}} linhas',
    notACountry_one:
      'Não é um país, {{value}} ({{what}}; o lugar fica desconhecido): {{rows}} linha',
    notACountry_other:
      'Não é um país, {{value}} ({{what}}; o lugar fica desconhecido): {{rows}} linhas',
    readAsCountry_one: 'Lido como {{country}} (a grafia mais próxima), {{value}}: {{rows}} linha',
    readAsCountry_other:
      'Lido como {{country}} (a grafia mais próxima), {{value}}: {{rows}} linhas',
    placeNotFound_one:
      'Lugar não encontrado dentro do seu país, {{value}} (contado no seu país): {{rows}} linha',
    placeNotFound_other:
      'Lugar não encontrado dentro do seu país, {{value}} (contado no seu país): {{rows}} linhas',
    what: {
      total: 'um total',
      unknown: 'desconhecido ou não informado',
      'own-nationals': 'nacionais do próprio país',
      other: 'outro, sem dizer qual',
      foreign: 'estrangeiro, sem dizer de onde',
      region: 'uma região',
      people: 'um povo, não um Estado',
      stateless: 'apátrida',
      'former-state': 'um Estado que já não existe',
      code: 'um código, não um nome',
    },
  },
  ingest: {
    notYear: '{{column}} não é um ano',
    notCount: '{{column}} não é um número',
    notCountry: '{{column}} não é um país',
    aTotal: 'um total, não casos',
    ctdcAlpha: 'Países do CTDC lidos como ISO alfa-{{n}}.',
    unknownIndicator:
      'indicador que o Rutas não lê (nem vítimas detectadas nem uma cifra de justiça)',
    justiceByForm:
      'cifra de justiça por forma de exploração (a visualização Justiça mostra totais e sexo)',
    justiceByOther:
      'cifra de justiça por um desdobramento que não o sexo (a visualização Justiça mostra totais e sexo)',
    justiceByAge: 'cifra de justiça por idade (a visualização Justiça mostra totais e sexo)',
    justiceNotCount: 'cifra de justiça que não é uma contagem',
    justiceDuplicate:
      'segunda cifra de justiça para o mesmo país, ano, indicador e sexo (usa-se a primeira)',
    justiceUsed_one:
      '{{rows}} das linhas usadas é uma cifra de justiça criminal (pessoas processadas, condenadas, em contato formal, ou crimes): veja a visualização Justiça.',
    justiceUsed_other:
      '{{rows}} das linhas usadas são cifras de justiça criminal (pessoas processadas, condenadas, em contato formal, ou crimes): veja a visualização Justiça.',
    otherIndicator: 'indicador diferente de vítimas detectadas',
    byForm: 'por forma de exploração (não ligado aos fluxos)',
    bySexAge: 'detalhamento por sexo ou idade (usa-se o total)',
    countryTotal: 'total do país (usa-se o detalhamento por nacionalidade)',
    byRepatriation: 'por país de repatriação (usa-se o detalhamento por nacionalidade)',
    totalOfBreakdown: 'um total do detalhamento',
    impossible: 'valor impossível: maior que o total do país',
    mappingMissing: 'A associação deixa de fora {{fields}}.',
    noRows: 'O arquivo não tem nenhuma linha.',
    mapColumns:
      'A linha {{line}} diz {{header}}: colunas que nenhum formato que o Rutas lê sozinho tem ' +
      '(o formato Rutas, CTDC, UNODC GLOTIP). Indique qual coluna é qual.',
    noHeader:
      'Nenhum cabeçalho reconhecível nas primeiras 30 linhas. A primeira linha diz: {{first}}. ' +
      'O Rutas lê o formato Rutas (year, origin, destination, …) e os arquivos do CTDC e do ' +
      'UNODC GLOTIP; associe as colunas à mão para ler outro.',
    protectedRelease:
      'Uma publicação protegida: os seus números foram perturbados ao criá-la e são mostrados como estão (o limiar continua em vigor).',
    floor: 'O arquivo declara um limiar de divulgação de pelo menos {{k}}.',
    duplicateColumn:
      'Linha {{line}}: a coluna "{{column}}" aparece duas vezes (colunas {{a}} e {{b}}); ' +
      'renomeie uma para que fique claro qual ler.',
    moreCells: 'mais células do que colunas no cabeçalho',
    shortRows_one:
      '{{rows}} linha tem menos células que o cabeçalho: as células que faltam são lidas vazias.',
    shortRows_other:
      '{{rows}} linhas têm menos células que o cabeçalho: as células que faltam são lidas vazias.',
    headerOnly: '{{name}} tem cabeçalho mas nenhuma linha.',
    glotipTooLarge: '{{name}} é grande demais para ser lido como arquivo do UNODC GLOTIP.',
    noneUsed: 'Nenhuma linha de {{name}} pôde ser usada: {{reasons}}.',
    reason_one: '{{why}} ({{rows}} linha{{where}})',
    reason_other: '{{why}} ({{rows}} linhas{{where}})',
    firstOn: ', a primeira na linha {{line}}',
    noCountry: 'Nenhuma linha de {{name}} indica um país que o Rutas reconheça{{values}}.',
    binary:
      '{{name}} não é um arquivo de texto (parecem dados binários) nem um formato que o Rutas leia.',
    jsonNotList: '{{name}}: o JSON não é uma lista de registros.',
    jsonLine: '{{name}}, linha {{line}}: não é um registro JSON.',
    jsonInvalid: '{{name}} não é um JSON válido: {{error}}',
    empty: '{{name}} está vazio.',
    tooLarge:
      '{{name}} tem {{size}} MiB; o maior arquivo que o Rutas carrega no navegador tem {{max}} ' +
      'MiB. Agregue-o antes com `npm run cube` (veja “Scaling past one browser” no README), que ' +
      'escreve um arquivo pequeno com os mesmos números, ou filtre-o.',
    lineTooLong:
      '{{name}}, linha {{line}}: uma linha de {{size}} KiB; o Rutas lê linhas de no máximo ' +
      '{{max}} KiB. É uma tabela com uma linha por registro?',
    engineLineTooLong:
      '{{name}} tem uma linha de {{size}} KiB; o Rutas lê linhas de no máximo {{max}} KiB. É ' +
      'uma tabela com uma linha por registro?',
    cellTooLong:
      '{{name}}, linha {{row}}, coluna {{column}}: uma célula de {{size}} KiB; o Rutas lê células ' +
      'de no máximo {{max}} KiB (aspas não fechadas?).',
    tooManyCells:
      '{{name}} tem mais de {{max}} células (linhas × colunas), mais do que cabe em uma aba do ' +
      'navegador. Agregue-o antes com `npm run cube`, ou deixe só as colunas que o Rutas lê.',
    tooManyColumns:
      '{{name}}, linha {{row}}: {{columns}} células; o Rutas lê linhas de no máximo {{max}} colunas.',
    jsonTooDeep:
      '{{name}}, linha {{line}}: o JSON está aninhado em mais de {{max}} níveis; o Rutas lê uma ' +
      'lista de registros.',
    zipTooLarge:
      '{{name}} se expandiria para {{size}} MiB de XML (a maior parte em {{part}}); o Rutas lê ' +
      'pastas XLSX de no máximo {{max}} MiB expandidos. Salve a planilha como CSV, ou agregue-a ' +
      'antes com `npm run cube`.',
    arrow: '{{name}} não é um arquivo Arrow IPC legível: {{error}}',
    parquet: '{{name}} não é um arquivo Parquet legível: {{error}}',
    zip: '{{name}} é um zip mas não uma pasta de trabalho XLSX legível: {{error}}',
    notXlsx: '{{name}} tem nome de planilha mas não é uma pasta de trabalho XLSX.',
    unreadable: '{{name}} não pôde ser lido: {{error}}',
    engineRead:
      'Um arquivo grande: o mecanismo de banco de dados o leu, agrupando as linhas idênticas ' +
      '({{groups}} grupos); as linhas separadas são contadas, mas seus números de linha não são ' +
      'conhecidos.',
    rutasFormat: 'formato Rutas',
    mapped: 'colunas associadas à mão',
    readerStopped: 'O leitor de arquivos parou: {{error}}',
  },
  mapping: {
    title: 'Qual coluna é qual em {{name}}?',
    required: ' (obrigatório)',
    preview: 'Prévia do arquivo',
    remember: 'Lembrar esta associação para arquivos com as mesmas colunas (neste navegador)',
    cancel: 'Cancelar',
    load: 'Carregar com esta associação',
    guessed: 'Reconhecidas pelo nome e pelos valores: {{fields}}.',
    guessedNone: 'Nenhuma coluna foi reconhecida pelo nome e pelos valores: escolha-as abaixo.',
    doubtful: 'Com nome de {{fields}}, mas os valores não parecem: não preenchidas.',
    unrecognised: 'Não reconhecidas: {{columns}}.',
    guessedLabel: 'O que foi reconhecido',
    guessPair: '{{field}} ← {{column}}',
    fields: {
      year: 'Ano',
      origin: 'País de origem',
      transit: 'Países de trânsito',
      destination: 'País de destino',
      sector: 'Setor',
      sex: 'Sexo',
      age_group: 'Faixa etária',
      victims: 'Número de vítimas',
      origin_place: 'Origem: lugar dentro do país',
      destination_place: 'Destino: lugar dentro do país',
      origin_lat: 'Origem: latitude',
      origin_lon: 'Origem: longitude',
      destination_lat: 'Destino: latitude',
      destination_lon: 'Destino: longitude',
    },
  },
  csv: {
    export: 'Exportação do Rutas: {{dataset}}',
    filtersLine: 'Filtros: {{filters}}',
    filters: 'anos {{years}}; setores: {{sectors}}; sexo: {{sexes}}; idade: {{ages}}',
    place: '; rotas que tocam {{country}}',
    all: 'todos',
    disclosure: 'Controle de divulgação: {{note}}',
    warning:
      'AVISO: este arquivo mostra números pequenos (limiar {{k}}, abaixo do {{floor}} dos ' +
      'dados). Não o publique.',
  },
  sectorList: {
    few_one: 'outro setor com menos de {{k}} vítimas',
    few_other: 'outros setores com menos de {{k}} vítimas cada',
    withheld_one: 'outro setor reservado',
    withheld_other: 'outros setores reservados',
    fewNamed: 'Menos de {{k}} vítimas cada: {{names}}.',
    withheldNamed: 'Reservados: {{names}}.',
    nodeTotal: '{{label}}: {{victims}}',
  },
  table: {
    flows: 'Trechos de fluxo',
    countries: 'Países',
    downloadFlows: 'Baixar os fluxos em CSV',
    downloadCountries: 'Baixar os países em CSV',
    from: 'De',
    to: 'Para',
    victims: 'Vítimas',
    sectors: 'Setores',
    country: 'País',
  },
  compare: {
    victims: 'Vítimas',
    incoming: 'como destino',
    outgoing: 'como origem',
    transit: 'como trânsito',
    involved: 'envolvidas de qualquer forma',
    perCapita: 'por 100.000 habitantes por ano',
    chart: 'Países comparados',
    ranked: 'Países por vítimas {{role}}',
    rankedPerCapita: 'Países por vítimas {{role}} por 100.000 habitantes por ano',
    caption: '{{what}}, {{years}}. {{note}}',
    overYears: 'Ao longo dos anos',
    hint:
      'Vítimas {{role}} em cada ano, na mesma escala, para os primeiros {{n}} países acima; os ' +
      'anos fora do intervalo ficam em cinza.',
    hintSelected:
      'Vítimas {{role}} em cada ano, na mesma escala, para os primeiros {{n}} países acima e o ' +
      'selecionado; os anos fora do intervalo ficam em cinza.',
    hintPerCapita:
      'Vítimas {{role}} por 100.000 habitantes em cada ano, na mesma escala, para os primeiros ' +
      '{{n}} países acima; os anos fora do intervalo ficam em cinza.',
    hintPerCapitaSelected:
      'Vítimas {{role}} por 100.000 habitantes em cada ano, na mesma escala, para os primeiros ' +
      '{{n}} países acima e o selecionado; os anos fora do intervalo ficam em cinza.',
    unit: 'vítimas {{role}}',
    unitPerCapita: 'vítimas {{role}} por 100.000 habitantes',
    rates:
      'As taxas dividem o número publicado (arredondado para baixo) pela população somada em ' +
      '{{years}}. População: {{source}}',
  },
  view: {
    title: 'Vítimas {{years}}',
    via: 'rotas via {{country}}',
  },
  embed: {
    demo: 'Dados de demonstração sintéticos',
    source: 'Fonte: {{source}}. ',
    open: 'Abrir no Rutas',
  },
  share: {
    title: 'Compartilhar esta visualização',
    link: 'Link para esta visualização',
    copyLink: 'Copiar o link',
    embed: 'Incorporar em uma página web ou relatório',
    copyEmbed: 'Copiar o código de incorporação',
    linkCopied: 'Link copiado.',
    embedCopied: 'Código de incorporação copiado.',
    linkRefused: 'O navegador não permitiu copiar: selecione o link e copie-o.',
    embedRefused: 'O navegador não permitiu copiar: selecione o código e copie-o.',
    hint:
      'O link guarda a visualização — anos, filtros, país, painel, sombreamento, idioma — não os ' +
      'dados: um arquivo que você carregou fica neste navegador. Quem abrir o link verá esta ' +
      'visualização dos dados de demonstração, ou de um arquivo publicado com o Rutas (?data=).',
    lowered: 'O limiar que você reduziu não vai no link: ele abre com o habitual.',
    close: 'Fechar',
  },
  mapExport: {
    group: 'Exportar o mapa',
    button: 'Exportar o mapa em PNG',
    button2x: 'PNG em 2×',
    flows: 'Fluxos, origem → destino: largura e cor pelas vítimas',
    circles: 'Círculos: vítimas cuja rota toca o país',
    source: 'Fonte: {{source}}',
    synthetic: ' — não são casos reais',
    shadedBy: ' · Países sombreados por {{what}}',
    notDrawn: 'Os trechos abaixo do limiar não são desenhados.',
    warning: 'AVISO: há números pequenos visíveis (limiar reduzido à mão).',
  },
  chartExport: {
    group: 'Baixar {{name}}',
    svg: 'Baixar {{name}} em SVG',
    png: 'Baixar {{name}} em PNG',
    failed: 'A imagem não pôde ser criada.',
  },
  deck: {
    title: 'Apresentação',
    slideTitle: 'Título do slide',
    note: 'Nota do apresentador',
    add: 'Adicionar esta visualização como slide',
    slides: 'Slides',
    slide: 'Slide {{n}}',
    removeSlide: 'Remover o slide {{n}}',
    present: 'Apresentar',
    save: 'Salvar a apresentação',
    load: 'Abrir uma apresentação',
    loadDemo: 'Abrir a apresentação de demonstração',
    problems: 'Problemas da apresentação',
    hint: 'Ao apresentar, as setas passam os slides e Esc encerra.',
    caption: 'Slide',
    previous: 'Anterior',
    next: 'Próximo',
    end: 'Encerrar',
    notADeck: 'O arquivo não é uma apresentação do Rutas (não tem slides).',
    slideProblem: 'Slide {{n}}: {{problem}}',
    tooMany: 'Só os primeiros {{n}} slides foram lidos.',
  },
  url: {
    bad: '{{key}}={{value}} no link não é {{what}}.',
    outside: '{{key}}={{value}} no link está fora dos anos destes dados ({{years}}).',
    aYear: 'um ano',
    aSector: 'um setor que o Rutas conheça',
    aCountry: 'um país do mapa (um código ISO 3166 alfa-3)',
    oneOf: 'um de {{values}}',
    oneOrZero: '1 ou 0',
    aWidth: 'origin ou destination',
    aSex: 'um sexo que o Rutas conheça',
    anAge: 'uma faixa etária que o Rutas conheça',
    aLanguage: 'um idioma do Rutas (en, es, pt)',
    aMapView: 'uma parte do mapa (oeste,sul,leste,norte em graus)',
  },
  sql: {
    closed:
      'O painel SQL mostra resultados exatos, linha por linha, por isso só abre quando os números ' +
      'pequenos são mostrados: ponha “Ocultar números menores que” em 1 na barra lateral. É para ' +
      'analistas que trabalham com os próprios dados; enquanto isso, um aviso fica na tela.',
    notExported: 'Nada deste painel é exportado nem posto em um link.',
    warning:
      'Resultados exatos: números pequenos e casos individuais aparecem aqui. Nada deste painel ' +
      'é exportado nem posto em um link.',
    query: 'Consulta (SQL do DuckDB, somente leitura)',
    run: 'Executar a consulta',
    runHint: 'Ctrl+Enter a executa. São mostradas no máximo {{n}} linhas.',
    tables: 'Tabelas e colunas',
    at: 'Na linha {{line}}, coluna {{column}}',
    first: 'As primeiras {{n}} linhas.',
    rows_one: '{{n}} linha.',
    rows_other: '{{n}} linhas.',
    empty: 'Escreva uma consulta primeiro.',
    readOnly:
      'O painel SQL é somente leitura: executa consultas (SELECT, WITH, FROM, VALUES), não ' +
      '{{statement}}.',
    oneStatement: 'Uma consulta por vez: o texto contém mais de uma instrução.',
    offline:
      'O painel SQL só lê as tabelas carregadas: “{{path}}” nomeia um arquivo ou um endereço, e ' +
      'o Rutas nunca abre nenhum a partir de uma consulta. Nada sai da página.',
    noExtensions:
      'Extensões do DuckDB não podem ser instaladas nem carregadas aqui: vêm da rede, e o Rutas ' +
      'funciona sem conexão.',
    locked:
      'As configurações do motor não podem ser alteradas (“{{option}}”): estão bloqueadas para ' +
      'que ele continue sem conexão.',
    cancel: 'Cancelar',
    running: 'Em execução…',
    cancelled: 'A consulta foi cancelada.',
    timedOut:
      'A consulta foi interrompida após {{seconds}} segundos, o máximo que o painel SQL deixa ' +
      'uma consulta rodar.',
    outOfMemory:
      'A consulta precisava de mais memória do que o motor tem, então o DuckDB a interrompeu. ' +
      'As tabelas carregadas e as visões continuam como estavam; filtre ou agregue antes para ' +
      'pedir menos.',
  },
  focus: {
    show: 'Mostrar',
    region: 'Fluxos que tocam a América do Sul',
    world: 'Todos os fluxos, no mundo',
    regions: 'Lugares fora da América do Sul por região do mundo',
  },
  worldRegions: {
    'north-america': 'América do Norte',
    'central-america': 'América Central e México',
    caribbean: 'Caribe',
    europe: 'Europa',
    africa: 'África',
    asia: 'Ásia',
    oceania: 'Oceania',
  },
  map: {
    label: 'Mapa dos fluxos de tráfico',
    canvas: 'Mapa: as setas o deslocam, + e − mudam o zoom',
    zoomIn: 'Aproximar',
    zoomOut: 'Afastar',
    choose: 'País',
    chooseNone: 'Nenhum',
  },
};
