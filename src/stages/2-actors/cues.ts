/**
 * Small closed word classes the actors stage reasons with. They are grammar, not dictionary entries: the
 * prepositions that make a city a location rather than an actor, the words that may stand between a qualifier
 * and its role, the pronouns and name particles.
 */

/** "offices in Moscow", "flew to Kyiv": a capital after these is a place, not its government. */
export const LOCATIVE = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'from', 'to', 'into', 'around', 'across', 'via', 'within', 'toward',
  'towards', 'through', 'throughout', 'between', 'visit', 'visited', 'visiting', 'reach', 'reached', 'reaching',
  'arrived', 'leaving', 'entered', 'beyond', 'along', 'over', 'above', 'outskirts',
]);

/** "the country", "the nation": a description of the country named last. */
export const COUNTRY_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic']);

/** "the town of Cizre", "the city of Aleppo": a place follows "of". */
export const PLACE_NOUNS = new Set(['town', 'city', 'village', 'district', 'province', 'region', 'capital', 'port', 'enclave', 'suburb', 'outskirts']);

/** Before a country name that is also a given name ("against Jordan", "in Chad"): the country is meant. */
export const COUNTRY_CONTEXT = new Set([...LOCATIVE, 'of', 'on', 'over', 'with', 'against', 'by', 'for', 'and', 'or', 'both', ',', 'like', 'including', 'such', 'as', 'neighbouring', 'neighboring']);

/** May stand between a qualifier and its role: "Russia's former foreign minister", "the Nato secretary general". */
export const ROLE_MODIFIERS = new Set([
  'former', 'then', 'acting', 'senior', 'top', 'new', 'outgoing', 'interim', 'veteran', 'prominent', 'leading',
  'jailed', 'exiled', 'late', 'current', 'incoming', 'elected', 'newly', 'longtime', 'long-time', 'chief', 'local',
  'central', 'national', 'federal', 'state', 'provincial', 'regional', 'main', 'key', 'two', 'three', 'several',
  'many', 'some', 'other', 'pro', 'anti',
]);

/** Portfolios after "Minister of": "Minister of Information Moammar al-Eryani", "Secretary of Homeland Security". */
export const PORTFOLIOS = new Set([
  'foreign', 'affairs', 'defence', 'defense', 'information', 'interior', 'justice', 'health', 'finance', 'state',
  'education', 'energy', 'trade', 'economy', 'agriculture', 'transport', 'labour', 'labor', 'culture', 'tourism',
  'home', 'homeland', 'security', 'public', 'internal', 'external', 'national', 'communications', 'industry',
  'environment', 'commerce', 'treasury', 'war', 'immigration', 'women', 'youth', 'sports', 'planning', 'oil',
  'petroleum', 'mines', 'water', 'works', 'development', 'social', 'welfare', 'religious', 'european', 'and',
]);

/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen", "Bashar al-Assad". */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'von', 'der', 'van', 'de', 'da', 'di', 'du', 'la', 'le', 'abu', 'dos', 'del']);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'a', 'an', 'he',
  'she', 'it', 'we', 'they', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'or', 'if', 'when', 'while',
  'after', 'before', 'since', 'what', 'why', 'how', 'who', 'where', 'earlier', 'later', 'meanwhile', 'however',
  'following', 'according', 'in', 'on', 'at', 'of', 'for', 'by', 'with', 'as', 'to', 'from', 'his', 'her', 'their',
  'our', 'its', 'my', 'your', 'there', 'here', 'some', 'many', 'most', 'all', 'both', 'each', 'one', 'two',
  'christmas', 'easter', 'ramadan', 'eid', 'internet', 'covid', 'coronavirus', 'god', 'allah', 'twitter',
  'facebook', 'reuters', 'bbc', 'cnn', 'ap', 'afp', 'english', 'islam', 'islamic', 'muslim', 'christian', 'jewish',
  'catholic', 'orthodox', 'sunni', 'shia', 'shiite', 'arab', 'kurdish', 'western', 'eastern', 'northern', 'southern',
  'west', 'east', 'north', 'south', 'council', 'ministry', 'party', 'airport', 'university', 'street', 'square',
  'bridge', 'agency', 'company', 'bank', 'army', 'committee', 'court', 'union', 'assembly', 'office', 'centre',
  'center', 'hospital', 'province', 'region', 'district', 'state', 'city', 'news', 'times', 'post', 'press',
  'group', 'front', 'movement', 'forces', 'force', 'police', 'government', 'parliament', 'congress', 'senate',
  'republic', 'kingdom', 'federation', 'international', 'national', 'foundation', 'institute', 'association',
  'organisation', 'organization', 'corporation', 'treaty', 'war', 'act', 'law', 'day', 'cup', 'league', 'club',
  'museum', 'palace', 'church', 'mosque', 'temple', 'station', 'port', 'island', 'islands', 'river', 'sea',
  'ocean', 'mountain', 'mountains', 'valley', 'lake', 'park', 'stadium', 'school', 'college', 'academy', 'embassy',
  'mission', 'command', 'brigade', 'division', 'battalion', 'directorate', 'department', 'service', 'services',
  'authority', 'commission', 'board', 'fund', 'programme', 'program', 'strait', 'gulf', 'peninsula', 'base',
  'prison', 'media', 'tv', 'radio', 'channel', 'online', 'magazine', 'journal', 'daily', 'herald', 'tribune',
  'yesterday', 'today', 'tomorrow', 'tonight', 'last', 'next', 'air', 'airlines', 'cathedral', 'accord', 'agreement',
  'research', 'rights', 'masjid', 'mount', 'lebanese', 'human', 'climate', 'global', 'world', 'new', 'old',
  'democrats', 'republicans', 'conservatives', 'socialists', 'liberals', 'greens', 'labour', 'tories', 'insider',
  'election', 'elections', 'presidential', 'referendum', 'summit', 'olympics', 'games', 'hurricane', 'storm',
  'typhoon', 'cyclone', 'tropical', 'operation', 'deutsche', 'hagia', 'haghia', 'voter', 'voters',
]);

/** Capitalised words that end the name of an institution or a facility: "Atatürk Airport", "Kyiv University". */
export const INSTITUTION_HEADS = new Set([
  'council', 'ministry', 'party', 'airport', 'university', 'street', 'square', 'bridge', 'agency', 'company', 'bank',
  'army', 'committee', 'court', 'union', 'assembly', 'office', 'centre', 'center', 'hospital', 'province', 'region',
  'district', 'state', 'city', 'news', 'times', 'post', 'group', 'front', 'movement', 'forces', 'force', 'foundation',
  'institute', 'association', 'organisation', 'organization', 'corporation', 'museum', 'palace', 'church', 'mosque',
  'station', 'port', 'island', 'river', 'stadium', 'school', 'college', 'academy', 'embassy', 'prison', 'media',
  'airlines', 'airways', 'brigade', 'directorate', 'department', 'service', 'authority', 'commission', 'hotel',
  'air', 'cathedral', 'accord', 'agreement', 'research', 'plaza', 'avenue', 'road', 'mall', 'tower', 'building', 'market',
  'bay', 'beach', 'county', 'village', 'town', 'coast', 'desert', 'forest', 'highway', 'canal', 'dam', 'mine',
]);

/** Before a run of capitalised words, these say it names a thing: "the Climate Accord", "for Human Rights". */
export const NOT_BEFORE_NAME = new Set(['the', 'for', 'of', 'a', 'an', 'its', 'their', 'our']);

export const PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
]);
