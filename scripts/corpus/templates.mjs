// Sentence templates of the corpus generator. Each takes the article's cast (`c`) and a random source (`r`) and
// returns one sentence; together they cover the event kinds, date phrasings and quote forms dyad must handle.
//
//   c.a, c.b: countries {name, adj, capital, city}; c.org: {name, short, bare ("IAEA" for "the IAEA")}
//   c.pa, c.pb, c.po: people {name, last, role}
//   r.pick(list), r.int(lo, hi), r.when(): a date phrase ("on Monday", "on 12 March", "last week", ...)

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** The lead sentence: the news of the day. */
export const LEADS = [
  (c, r) => `${c.a.name} has suspended talks with ${c.b.name} over ${r.pick(c.topics)}, the ${c.a.adj} foreign ministry said ${r.when()}.`,
  (c, r) => `${c.a.adj} ${c.pa.role} ${c.pa.name} met ${c.b.adj} ${c.pb.role} ${c.pb.name} in ${c.b.capital} ${r.when()} to discuss ${r.pick(c.topics)}.`,
  (c, r) => `${cap(c.org.name)} voted ${r.when()} to impose new sanctions on ${c.a.name} after months of disputes over ${r.pick(c.topics)}.`,
  (c, r) => `Hundreds of protesters gathered outside the ${c.a.adj} embassy in ${c.b.capital} ${r.when()}, demanding the release of ${r.int(2, 40)} detained ${c.b.adj} citizens.`,
  (c, r) => `${c.a.name} expelled ${r.int(2, 9)} ${c.b.adj} diplomats ${r.when()}, accusing them of activities incompatible with their status.`,
  (c, r) => `Inspectors from ${c.org.name} arrived in ${c.a.capital} ${r.when()} to examine sites linked to ${r.pick(c.topics)}.`,
  (c, r) => `${c.a.adj} and ${c.b.adj} officials signed an agreement on ${r.pick(c.topics)} in ${c.a.city} ${r.when()}.`,
  (c, r) => `${c.a.adj} troops fired on a ${c.b.adj} border post ${r.when()}, killing ${r.int(2, 12)} soldiers, according to officials in ${c.b.capital}.`,
  (c, r) => `The ${c.a.adj} government summoned the ${c.b.adj} ambassador ${r.when()} to protest against remarks about ${r.pick(c.topics)}.`,
  (c, r) => `Leaders of ${c.org.short} called on ${c.a.name} ${r.when()} to restore constitutional order and release ${c.pa.name}.`,
];

/** Follow-up sentences: background, reactions, quotes, denials, plans. */
export const BODY = [
  (c) => `"We will not accept any decision taken without our consent," ${c.pa.name} told reporters in ${c.a.capital}.`,
  (c) => `"This is a serious violation of international law," said ${c.pb.name}, the ${c.b.adj} ${c.pb.role}.`,
  (c, r) => `${c.pb.last} said ${c.b.name} would respond "in a measured and proportionate way" ${r.when()}.`,
  (c, r) => `According to ${c.po.name}, the ${c.org.bare} ${c.po.role}, the talks could resume ${r.future()}.`,
  (c, r) => `The two countries have not held formal talks since ${r.int(2005, 2020)}, when a dispute over ${r.pick(c.topics)} broke out.`,
  (c, r) => `${c.a.name} annexed the disputed region in ${r.int(1995, 2018)}, a move most members of ${c.org.name} still do not recognise.`,
  (c, r) => `${c.b.name} denied the accusations ${r.when()} and called them "baseless and provocative".`,
  (c, r) => `The ${c.a.adj} ${c.pa.role} is expected to visit ${c.b.capital} ${r.future()}, officials said.`,
  (c) => `${c.org.short === c.org.name ? cap(c.org.name) : cap(c.org.short)} said it was "deeply concerned" by the reports and urged both sides to show restraint.`,
  (c, r) => `Police in ${c.a.city} arrested ${r.int(3, 60)} people ${r.when()} after clashes with demonstrators.`,
  (c) => `${c.pa.last} added that ${c.a.name} remained open to dialogue but would "defend its interests by every lawful means".`,
  (c, r) => `In a statement issued ${r.when()}, the ${c.b.adj} foreign ministry warned that further steps could follow.`,
  (c, r) => `${c.a.adj} state media reported that ${c.pa.name} had spoken by telephone with ${c.po.name} ${r.when()}.`,
  (c, r) => `Earlier this year, ${c.b.name} offered ${r.int(5, 900)} million dollars in aid to help rebuild schools in ${c.a.city}.`,
  (c, r) => `Analysts in ${c.b.capital} said the dispute over ${r.pick(c.topics)} was unlikely to be settled before ${r.int(2022, 2030)}.`,
  (c, r) => `"Our patience has limits," ${c.pb.last} said. "We have asked ${c.org.short} to send observers, and we expect an answer ${r.future()}."`,
  (c) => `${c.a.name} threatened to close its airspace to ${c.b.adj} aircraft if the sanctions were not lifted.`,
  (c) => `The ${c.org.bare} ${c.po.role}, ${c.po.name}, praised the agreement as "a first step" and promised technical support.`,
  (c, r) => `Thousands of ${c.a.adj} workers went on strike in ${c.a.city} ${r.when()} to demand higher wages.`,
  (c, r) => `Opposition parties in ${c.a.capital} accused the government of using the crisis to postpone elections scheduled for ${r.pick(c.months)} ${r.int(2022, 2026)}.`,
];

/** Headlines, shorter and without a full stop. */
export const TITLES = [
  (c) => `${c.a.name} suspends talks with ${c.b.name}`,
  (c) => `${c.a.adj} and ${c.b.adj} leaders meet in ${c.b.capital}`,
  (c) => `${cap(c.org.short)} raises pressure on ${c.a.name}`,
  (c) => `Tension rises between ${c.a.name} and ${c.b.name}`,
  (c) => `${c.b.name} protests over ${c.a.adj} decision`,
];
