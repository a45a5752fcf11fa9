import { describe, expect, it } from 'vitest';
import { actorsOf, summary } from './test-article.case.js';

/** Each case: a text of dyad's own, what must be found, and what must not. */
interface Case {
  readonly text: string;
  readonly has?: readonly string[];
  readonly hasNot?: readonly RegExp[];
  readonly published?: string | null;
}

function check({ text, has = [], hasNot = [], published }: Case): void {
  const { entities, trace } = actorsOf(text, published === undefined ? '2021-10-19' : published);
  const found = summary(entities);
  const context = `${text}\n  found: ${found.join('; ')}\n  trace: ${trace}`;
  for (const h of has) expect(found, context).toContain(h);
  for (const n of hasNot) expect(found.filter((f) => n.test(f)), context).toEqual([]);
}

describe('countries in all their forms', () => {
  it.each<Case>([
    { text: 'Russia has suspended its mission in Vienna.', has: ['country Russia RUS'] },
    { text: 'Belgian and Russian diplomats met.', has: ['country Belgium BEL'] },
    { text: 'Britain and the US condemned the vote, and the UK recalled its envoy.', has: ['country United Kingdom GBR', 'country United States USA'] },
    { text: 'America is expected to respond.', has: ['country United States USA'] },
    { text: 'Turkey closed its border with Syria.', has: ['country Turkey TUR', 'country Syria SYR'] },
    { text: 'The West has imposed sanctions, and Western nations may add more.', has: ['country the West WST'] },
  ])('$text', check);

  it('reads a capital standing for its government as a country mention, and keeps the city as a place', () => {
    const { entities } = actorsOf("Moscow is expected to reply. Moscow's decision surprised many.");
    const russia = entities.find((e) => e.code === 'RUS');
    expect(russia?.mentions.map((m) => m.kind)).toEqual(['capital', 'capital']);
    expect(entities.find((e) => e.type === 'place')?.geo?.country).toBe('RUS');
  });

  it('reads a capital after a locative preposition as a place only', () => {
    check({ text: 'The offices in Moscow were closed.', has: ['place Moscow - in RUS'], hasNot: [/^country/u] });
  });

  it.each<Case>([
    { text: 'The Kremlin said the talks had failed.', has: ['group government of Russia RUSGOV'] },
    { text: 'The White House and Downing Street issued statements.', has: ['group government of United States USAGOV', 'group government of United Kingdom GBRGOV'] },
  ])('reads a seat of power as the government: $text', check);

  it('does not take "pro-Russian" for Russia', () => {
    check({ text: 'Pro-Russian separatists fired at the town.', hasNot: [/Russia RUS$/u] });
  });
});

describe('international organisations and descriptions that refer back to them', () => {
  it.each<Case>([
    { text: 'Nato and the UN met the EU in Geneva.', has: ['organization NATO IGOWSTNAT', 'organization United Nations IGOUNO', 'organization European Union IGOEUREEC'] },
    { text: 'The African Union, ECOWAS and ASEAN sent observers.', has: ['organization African Union IGOAFRAFU', 'organization ECOWAS IGOWAFWAS', 'organization ASEAN IGOSEAASN'] },
    { text: 'The IAEA, the WHO and the IMF issued reports.', has: ['organization IAEA IGOUNOIAE', 'organization WHO IGOUNOWHO', 'organization IMF IGOBUSIMF'] },
    { text: 'Amnesty International and Human Rights Watch criticised Interpol.', has: ['organization Amnesty International NGOHRIAMN', 'organization Human Rights Watch NGOHRIHRW', 'organization Interpol IGOCOPITP'] },
    { text: 'The UN Security Council and UNHCR discussed the crisis.', has: ['organization UN Security Council IGOUNOSEC', 'organization UNHCR IGOUNOHCR'] },
  ])('$text', check);

  it('links "the alliance" and "the western military bloc" to NATO named before them', () => {
    const { entities } = actorsOf('Nato expelled eight diplomats. The alliance said the western military bloc would not back down.');
    const nato = entities.find((e) => e.code === 'IGOWSTNAT');
    expect(nato?.mentions.map((m) => m.text)).toEqual(['Nato', 'The alliance', 'the western military bloc']);
  });

  it('links "the country" to the country named last', () => {
    const { entities } = actorsOf('Russia annexed Crimea from Ukraine and backs separatists in the country\'s east.');
    expect(entities.find((e) => e.code === 'UKR')?.mentions.map((m) => m.text)).toEqual(['Ukraine', 'the country']);
  });

  it('does not resolve "the alliance" when no organisation was named before it', () => {
    check({ text: 'The alliance said it would meet again. Nato later agreed.', has: ['organization NATO IGOWSTNAT'] });
    const { entities } = actorsOf('The alliance said it would meet again. Nato later agreed.');
    expect(entities.find((e) => e.code === 'IGOWSTNAT')?.mentions.map((m) => m.text)).toEqual(['Nato']);
  });
});

describe('agents: role words with the country or organisation they belong to', () => {
  it.each<Case>([
    { text: 'Houthi rebels attacked a tanker.', has: ['group Houthi rebels YEMREB (rebels)'] },
    { text: 'Hong Kong police arrested dozens.', has: ['group Hong Kong police HKGCOP (police)'] },
    { text: 'The Turkish Armed Forces moved tanks to the border.', has: ['group Turkish Armed Forces TURMIL (Armed Forces)'] },
    { text: "Russia's military denied the report.", has: ["group Russia's military RUSMIL (military)"] },
    { text: 'Taliban fighters seized the district.', has: ['group Taliban fighters AFGREB (fighters)'] },
    { text: 'Ukraine said the rebels had shelled the city.', has: ['group rebels UKRREB (rebels)'] },
    { text: 'Britain said the rebels in Darfur must talk.', has: ['group rebels SDNREB (rebels)', 'place Darfur - in SDN'] },
    { text: 'The Palestinian leader met Taiwanese and Bosnian officials.', has: ['person Palestinian leader PSEGOV (leader)', 'country Taiwan TWN', 'group Bosnian officials BIHGOV (officials)'] },
    { text: 'The Russian ambassador in Belgium was summoned.', has: ['person Russian ambassador RUSGOV (ambassador)'] },
    { text: 'The Belarusian KGB detained 33 Russians.', has: ['group Belarusian KGB BLRSPY (KGB)', 'group people of Russia RUSCVL'] },
    { text: 'The CIA and the Revolutionary Guards traded accusations.', has: ['group CIA USASPY', 'group Islamic Revolutionary Guard Corps IRNMIL'] },
    { text: 'Reuters reported that Greek Foreign Minister Nikos Dendias met his Turkish counterpart.', has: ['group Reuters GBRMED', 'person Nikos Dendias GRCGOV (Foreign Minister)', 'person Turkish counterpart TURGOV (counterpart)'] },
  ])('$text', check);
});

describe('people with roles, from the text first', () => {
  it.each<Case>([
    { text: 'Russian Foreign Minister Sergey Lavrov spoke.', has: ['person Sergey Lavrov RUSGOV (Foreign Minister)'] },
    { text: 'Nato Secretary General Jens Stoltenberg spoke.', has: ['person Jens Stoltenberg IGOWSTNAT (Secretary General)'] },
    { text: 'Oana Lungescu, Nato\'s spokeswoman, said the alliance regretted it.', has: ['person Oana Lungescu IGOWSTNAT (spokeswoman)'] },
    { text: 'Nato spokeswoman Oana Lungescu said so.', has: ['person Oana Lungescu IGOWSTNAT (spokeswoman)'] },
    { text: 'Sanctions followed the poisoning of Kremlin critic Alexei Navalny.', has: ['person Alexei Navalny RUSOPP (Kremlin critic)'] },
    { text: 'Taliban spokesperson Zabiullah Mujahid denied it.', has: ['person Zabiullah Mujahid AFGREB (spokesperson)'] },
    { text: 'Ivan Petrenko, the Ukrainian defence minister, resigned.', has: ['person Ivan Petrenko UKRGOV (defence minister)'] },
    { text: 'Bruno Parrilla, the foreign affairs minister of Cuba, replied.', has: ['person Bruno Parrilla CUBGOV (foreign affairs minister)'] },
    { text: 'Ivan Petrov, head of the Russian army, spoke.', has: ['person Ivan Petrov RUSMIL (head)'] },
    { text: 'Mary Jones, a spokeswoman for Nato, agreed.', has: ['person Mary Jones IGOWSTNAT (spokeswoman)'] },
    { text: 'A spokesperson for the Chinese foreign ministry, Wang Wenbin, replied.', has: ['person Wang Wenbin CHNGOV (spokesperson)'], hasNot: [/^group/u] },
  ])('$text', check);

  it('infers the affiliation of a bare title from the country that dominates the context', () => {
    const { entities } = actorsOf('Ukraine closed its border. Interior Minister Ivan Petrenko announced the move in Kyiv.');
    const person = entities.find((e) => e.name === 'Ivan Petrenko');
    expect(person).toMatchObject({ code: 'UKRGOV', role: 'Interior Minister', affiliation: 'inferred' });
  });

  it('lets the text win over the office-holder dictionary, which knows dates', () => {
    expect(actorsOf('Jens Stoltenberg arrived.', '2021-06-01').entities[0]).toMatchObject({ code: 'IGOWSTNAT', affiliation: 'dictionary' });
    expect(actorsOf('Jens Stoltenberg arrived.', '2010-06-01').entities[0]).toMatchObject({ code: 'NORGOV', affiliation: 'dictionary' });
  });

  it('overrules an inference with a dictionary office it contradicts, and marks agreement as inferred', () => {
    const pompeo = actorsOf('Iran was angry. Secretary of State Mike Pompeo said Iran lied.', '2019-06-01').entities.find((e) => e.type === 'person');
    expect(pompeo).toMatchObject({ code: 'USAGOV', role: 'Secretary of State', affiliation: 'dictionary' });
    const lavrov = actorsOf('Russia left. Foreign Minister Sergey Lavrov announced it.').entities.find((e) => e.type === 'person');
    expect(lavrov).toMatchObject({ code: 'RUSGOV', role: 'Foreign Minister', affiliation: 'inferred' });
  });

  it('links the full name, "Mr Lavrov", the bare surname and "he" to one person', () => {
    const { entities } = actorsOf('Foreign Minister Sergey Lavrov spoke. Mr Lavrov told reporters. Later he left, and Lavrov flew home.');
    const lavrov = entities.filter((e) => e.type === 'person');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]?.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['role:Foreign Minister', 'name:Sergey Lavrov', 'short-name:Mr Lavrov', 'pronoun:he', 'short-name:Lavrov']);
  });

  it('links "the president" to the one president the article names, and not to another country\'s', () => {
    const { entities } = actorsOf('US President Donald Trump spoke. The president said the US would leave. The Russian president disagreed.');
    expect(entities.find((e) => e.name === 'Donald Trump')?.mentions.map((m) => m.text)).toEqual(['US President', 'Donald Trump', 'president']);
    expect(summary(entities)).toContain('person Russian president RUSGOV (president)');
  });

  it('links a given name used alone to the one person whose full name starts with it', () => {
    const { entities } = actorsOf('Osama bin Laden founded the group. Osama was killed in 2011.');
    expect(entities.find((e) => e.name === 'Osama bin Laden')?.mentions.map((m) => m.text)).toEqual(['Osama bin Laden', 'Osama']);
  });

  it('does not link a given name that two full names share', () => {
    const { entities } = actorsOf('Nikos Dendias met Nikos Christodoulides. Nikos spoke first.');
    for (const e of entities.filter((x) => x.type === 'person')) expect(e.mentions.map((m) => m.text)).not.toContain('Nikos');
  });

  it('reads two spellings of a transliterated surname as one person, but not two different surnames', () => {
    const one = actorsOf('Hamza bin Laden was killed. Hamza bin Ladin had led the group.').entities.filter((e) => e.type === 'person');
    expect(one.map((e) => e.mentions.map((m) => m.text))).toEqual([['Hamza bin Laden', 'Hamza bin Ladin']]);
    const two = actorsOf('Anna Petrova met Anna Petrenko in Kyiv.').entities.filter((e) => e.type === 'person');
    expect(two.map((e) => e.name)).toEqual(['Anna Petrova', 'Anna Petrenko']);
  });

  it('tells gender from common given names when no title does', () => {
    const { entities } = actorsOf('Anne Smith met Tom Brown. She said he was late.');
    expect(entities.find((e) => e.name === 'Anne Smith')?.mentions.map((m) => m.text)).toEqual(['Anne Smith', 'She']);
    expect(entities.find((e) => e.name === 'Tom Brown')?.mentions.map((m) => m.text)).toEqual(['Tom Brown', 'he']);
  });

  it('does not give "she" to a man known by his given name, even when no woman is in sight', () => {
    const { entities } = actorsOf('EU foreign policy chief Josep Borrell met reporters. She said the talks went well.');
    expect(entities.find((e) => e.name === 'Josep Borrell')?.mentions.map((m) => m.text)).toEqual(['chief', 'Josep Borrell']);
    expect(actorsOf('Josep Borrell met Annalena Baerbock. She said so.').entities.find((e) => e.name === 'Annalena Baerbock')?.mentions.map((m) => m.text)).toEqual(['Annalena Baerbock', 'She']);
  });

  it('gives "she" to the woman and "he" to the man', () => {
    const { entities } = actorsOf('Nato spokeswoman Oana Lungescu met Mr Ivan Petrenko. She said he was late.');
    expect(entities.find((e) => e.name === 'Oana Lungescu')?.mentions.some((m) => m.text === 'She')).toBe(true);
    expect(entities.find((e) => e.name === 'Ivan Petrenko')?.mentions.some((m) => m.text === 'he')).toBe(true);
  });
});

describe('a person of a country without office: "citizen", "voter"', () => {
  it.each<Case>([
    { text: 'He wanted to marry Turkish citizen Ayse Demir.', has: ['person Ayse Demir TURCVL (citizen)'] },
    { text: 'A British citizen was detained in Iran.', has: ['person British citizen GBRCVL (citizen)'] },
    { text: 'Citizen journalists filmed the protest in Minsk.', hasNot: [/^person/u] },
    { text: 'Hong Kong voted on Sunday. Voter Mei Lin Chan said the turnout was high.', has: ['person Mei Lin Chan HKGCVL (Voter)'] },
  ])('$text', check);
});

describe('a title owned by a named person works for that person\'s side', () => {
  it.each<Case>([
    { text: "Puerto Rico governor Ricardo Rosselló resigned. Luis Ortega, Rosselló's chief of staff, also left.", has: ['person Luis Ortega PRIGOV (chief of staff)'] },
    // The owner's code must come from the text or the dictionary: an uncoded owner gives nothing.
    { text: "Ali Soufan met reporters. Maria Lopez, Soufan's adviser, said so.", hasNot: [/^person Maria Lopez [A-Z]/u] },
    // A stated country is kept: "Russia's envoy" is Russia's, whoever is named nearby.
    { text: "Puerto Rico governor Ricardo Rosselló spoke. Anna Smith, Russia's envoy, replied.", has: ['person Anna Smith RUSGOV (envoy)'] },
    { text: "US President Donald Trump spoke. Brett McGurk, who was Trump's envoy to the coalition, resigned.", has: ['person Brett McGurk USAGOV (envoy)'] },
    // A relative clause about something else states no role.
    { text: 'US President Donald Trump spoke. Brett McGurk, who was in Iraq, resigned.', hasNot: [/^person Brett McGurk [A-Z]/u] },
  ])('$text', check);
});

describe('a country before the field of a role ("a US peace envoy")', () => {
  it.each<Case>([
    { text: 'The Taliban met with Zalmay Khalilzad, a US peace envoy, in Qatar.', has: ['person Zalmay Khalilzad USAGOV (envoy)'] },
    { text: 'The Iranian nuclear negotiator left Vienna.', has: ['person Iranian nuclear negotiator IRNGOV (negotiator)'] },
    // No role word: a country before other nouns makes no actor of them.
    { text: 'A Russian tennis player won in Paris.', hasNot: [/^person/u, /RUSGOV/u] },
    // A capital standing before the field is a place, not whose office it is.
    { text: 'The Moscow peace envoy of Nato arrived.', hasNot: [/RUSGOV/u] },
  ])('$text', check);
});

describe('a bare group role referring back to the group named earlier with that role', () => {
  it('links "the foreign ministers" to the foreign ministers met in Cairo, not to the country named near it', () => {
    const { entities } = actorsOf('An assembly of foreign ministers in Cairo denounced the deal. They called on Turkey to halt. The foreign ministers agreed to meet again.');
    const ministers = entities.find((e) => e.role === 'foreign ministers');
    expect(ministers?.code).toBe('EGYGOV');
    expect(ministers?.mentions.map((m) => m.text)).toEqual(['foreign ministers', 'They', 'foreign ministers']);
    expect(entities.filter((e) => e.code === 'TURGOV')).toEqual([]);
  });

  it('does not link it when two groups had that role', () => {
    const { entities } = actorsOf('Kenyan police and Ugandan police met. The police agreed.');
    expect(entities.flatMap((e) => e.mentions).filter((m) => m.rule === 'coref:group-role')).toEqual([]);
  });
});

describe('places with country and coordinates, disambiguated by context', () => {
  it.each<Case>([
    { text: 'The summit was held in Brussels.', has: ['place Brussels - in BEL'] },
    { text: "Moscow's 2014 annexation of Crimea angered Kyiv.", has: ['place Crimea - in UKR'] },
    { text: 'Russia claims influence over Ukraine and Georgia.', has: ['country Georgia GEO'] },
    { text: 'The rally was held in Atlanta, Georgia.', has: ['place Atlanta - in USA', 'place Georgia - in USA'], hasNot: [/^country Georgia/u] },
    { text: 'Fighting continued in Donbas and Kashmir.', has: ['place Donbas - in UKR', 'place Kashmir -'] },
  ])('$text', check);

  it('finds smaller towns only where the text says they are places, with or without accents', () => {
    check({ text: 'Aid reached the besieged town of Gorazde.', has: ['place Goražde - in BIH'] });
    check({ text: 'Protests spread from São Paulo to Sao Paulo state.', has: ['place São Paulo - in BRA'] });
  });

  it('gives every place coordinates', () => {
    const place = actorsOf('Talks were held in Brussels.').entities.find((e) => e.type === 'place');
    expect(place?.geo?.lat).toBeCloseTo(50.85, 1);
    expect(place?.geo?.lon).toBeCloseTo(4.35, 1);
  });
});

describe('negatives: words that only look like actors', () => {
  it.each<Case>([
    { text: 'We ate turkey at dinner.', hasNot: [/Turkey/iu] },
    { text: 'Turkey was served at dinner with potatoes.', hasNot: [/TUR/u] },
    { text: 'Jordan scored twice in the second half.', hasNot: [/JOR/u] },
    { text: 'Chad Smith scored twice.', hasNot: [/TCD/u] },
    { text: 'The alliance said it would meet again.', hasNot: [/IGOWSTNAT/u] },
    { text: 'Best of all, the weather was fine.', hasNot: [/^place/u] },
    { text: 'Afghanistan mourned. Najib Danish, a police spokesman, said so.', hasNot: [/DNK/u] },
    { text: 'Passengers at Istanbul Atatürk Airport and visitors to Hagia Sophia waited.', hasNot: [/^person/u] },
    { text: 'The Washington Post said the Climate Accord was signed.', hasNot: [/^person/u, /USAGOV/u] },
    { text: "Kenya will add two members to Kenya's police oversight council.", hasNot: [/KENCOP/u] },
    { text: 'The army training centre in Kabul was closed.', hasNot: [/MIL/u] },
  ])('$text', check);

  it('still reads a role word before one noun as the actor ("police violence against protesters")', () => {
    check({ text: "Kenya's police violence against protesters was condemned.", has: ['group Kenya\'s police KENCOP (police)'] });
  });

  it('reads "Chad" in "Chad Smith" as part of a person\'s name', () => {
    check({ text: 'The coach, Chad Smith, praised the team.', has: ['person Chad Smith -'], hasNot: [/TCD/u] });
  });
});

describe('ministries, offices of places and appositions found from event misses', () => {
  it.each<Case>([
    { text: 'The Canadian Department of Defense denied the report.', has: ['group Canadian Department of Defense CANGOV (Department of Defense)'] },
    { text: 'Chile\'s Ministry of Foreign Affairs summoned the envoy.', has: ['group Chile\'s Ministry of Foreign Affairs CHLGOV (Ministry of Foreign Affairs)'] },
    { text: 'Lena Novak, the acting Prime Minister of Croatia, resigned.', has: ['person Lena Novak HRVGOV (Prime Minister)'] },
    { text: 'The chief prosecutor of Kyiv, Ivan Petrenko, filed charges.', has: ['person Ivan Petrenko UKRJUD (chief prosecutor)'] },
    { text: 'Protests continued in Caracas, Venezuela, where student protester Ana Rojas was detained.', has: ['person Ana Rojas VENOPP (student protester)'] },
    { text: 'Amnesty International Kenya director Irungu Houghton said the law was wrong.', has: ['person Irungu Houghton NGOHRIAMN (director)'], hasNot: [/KENGOV/u] },
    { text: 'The Kenya director of Amnesty International Irungu Houghton spoke.', has: ['person Irungu Houghton NGOHRIAMN (director)'] },
    { text: 'The late Hamas founder Ahmed Yassin was honoured.', has: ['person Ahmed Yassin PSEREB (founder)'] },
    { text: 'South Korean President Moon Jae-in met Ban Ki-moon and Ms Man-kei Tam.', has: ['person Moon Jae-in KORGOV (President)', 'person Man-kei Tam -'] },
    { text: 'US Special Representative for Venezuela Elliott Abrams spoke.', has: ['person Elliott Abrams USAGOV (Special Representative)', 'country Venezuela VEN'] },
    { text: 'The British ambassador to Russia Deborah Bronnert was summoned.', has: ['person Deborah Bronnert GBRGOV (ambassador)'], hasNot: [/RUSGOV/u] },
  ])('$text', check);

  it.each<Case>([
    // A group sent somewhere is no title with an addressee.
    { text: 'US troops to Syria were sent.', has: ['group US troops USAMIL (troops)', 'country Syria SYR'] },
    // A compound with a lower-case word is no part of a name.
    { text: 'The Putin-led government and the Trump-era rules stayed.', hasNot: [/led|era/u] },
    // A department of a university or a shop is no government.
    { text: 'The Department of History at Oxford published a study.', hasNot: [/GOV/u] },
    // A name before a comma and an adjective that is no role stays without a title.
    { text: 'Lena Novak, the new face of the campaign, smiled.', hasNot: [/\(/u] },
  ])('negative: $text', check);
});

describe('titles only some countries have', () => {
  it.each<Case>([
    { text: 'The United States and Britain agreed. US officials said so. Foreign Secretary Dominic Raab welcomed it.', has: ['person Dominic Raab GBRGOV (Foreign Secretary)'] },
    { text: 'Washington and Berlin talked. Chancellor Olaf Scholz spoke to US envoys.', has: ['person Olaf Scholz DEUGOV (Chancellor)'] },
    { text: 'The CIA believes the crown prince ordered the killing of the Saudi journalist.', has: ['person crown prince SAUGOV (crown prince)'] },
  ])('$text', check);

  it.each<Case>([
    // No country with the title in sight: the context decides as for any title.
    { text: 'Russia protested. Foreign Secretary Ivan Petrov said so.', has: ['person Ivan Petrov RUSGOV (Foreign Secretary)'] },
    // A president is every country's: the US named first still wins over a later Britain.
    { text: 'The United States and Britain agreed. US officials said so. President Joe Biden welcomed it.', hasNot: [/GBRGOV/u] },
  ])('negative: $text', check);
});

describe('parties the dictionary does not know, from the shape of their names', () => {
  it.each<Case>([
    { text: 'Britain votes today. The Liberal Democrats and the Scottish National Party gained seats.', has: ['organization Liberal Democrats GBRPTY', 'organization Scottish National Party GBRPTY'] },
    { text: 'Hungary voted. The Fidesz Party won.', has: ['organization Fidesz Party HUNPTY'] },
  ])('$text', check);

  it.each<Case>([
    // A party word without a capitalised name before it is no party's name.
    { text: 'Party officials met. The Party said no.', hasNot: [/PTY/u] },
    // Words read as a person or a role are not taken into a party's name.
    { text: 'Russia voted. President Vladimir Putin Party members cheered.', hasNot: [/Putin Party/u] },
  ])('negative: $text', check);
});

describe('an inferred title linked to the person with that role named just before it', () => {
  it('links the quoted "President" to the president named earlier in its sentence', () => {
    const text = 'Iran was angry. Iran said so. The strike, approved by President Donald Trump, was "at the direction of the President", it said.';
    const { entities } = actorsOf(text, '2020-01-03');
    expect(entities.find((e) => e.name === 'Donald Trump')?.mentions.map((m) => m.text)).toEqual(['President', 'Donald Trump', 'President']);
    expect(summary(entities).filter((f) => /IRNGOV/u.test(f))).toEqual([]);
  });

  it('does not link a title in a later sentence to a president of another country', () => {
    const { entities } = actorsOf('US President Donald Trump left Iran. Iran was angry. Iran said the President would reply.', '2020-01-03');
    expect(entities.find((e) => e.name === 'Donald Trump')?.mentions.map((m) => m.text)).toEqual(['US President', 'Donald Trump']);
  });
});

describe('"it" and "they" opening a sentence', () => {
  const pronouns = (text: string, name: string): string[] =>
    actorsOf(text).entities.find((e) => e.name === name)?.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text) ?? [];

  it('links "It" to the organisation or country that was the last sentence\'s subject', () => {
    expect(pronouns('Nato expelled eight diplomats. It said they were spies.', 'NATO')).toEqual(['It']);
    expect(pronouns('Russia closed its mission. It blamed Nato.', 'Russia')).toEqual(['It']);
  });

  it('links "They" to a plural group that was the last sentence\'s subject', () => {
    expect(pronouns('The rebels seized the town. They fired on the army.', 'rebels')).toEqual(['They']);
  });

  it('leaves an empty "it" and an ambiguous "they" alone', () => {
    expect(pronouns('Nato expelled eight diplomats. It is unclear why.', 'NATO')).toEqual([]);
    expect(pronouns('Nato met Russia in Brussels. They agreed on nothing.', 'NATO')).toEqual([]);
    expect(pronouns('Nato met in Brussels. In the end, it agreed.', 'NATO')).toEqual([]);
  });
});

describe('more role words: rapporteurs, photojournalists, individuals', () => {
  it.each<Case>([
    { text: 'Agnès Callamard, a UN rapporteur, spoke.', has: ['person Agnès Callamard IGOUNO (rapporteur)'] },
    { text: 'A bomb killed Al Jazeera photojournalist Omar Haddad.', has: ['person Omar Haddad QATMED (photojournalist)'] },
    { text: 'Police arrested 33 Russian individuals.', has: ['group Russian individuals RUSCVL (individuals)'] },
  ])('$text', check);

  it.each<Case>([
    // "individuals" alone is no actor: it needs a stated country.
    { text: 'Several individuals were seen.', hasNot: [/CVL/u] },
  ])('negative: $text', check);
});
