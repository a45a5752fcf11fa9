// Words the corpus generator draws from: countries, organisations, people's names, roles and places. Names of
// people are invented; country, capital and organisation names are real, so the articles exercise real lookups.

/** [name, adjective, capital, other city] */
export const COUNTRIES = [
  ['Russia', 'Russian', 'Moscow', 'St Petersburg'], ['Ukraine', 'Ukrainian', 'Kyiv', 'Kharkiv'],
  ['China', 'Chinese', 'Beijing', 'Shanghai'], ['Japan', 'Japanese', 'Tokyo', 'Osaka'],
  ['India', 'Indian', 'New Delhi', 'Mumbai'], ['Pakistan', 'Pakistani', 'Islamabad', 'Lahore'],
  ['Iran', 'Iranian', 'Tehran', 'Isfahan'], ['Israel', 'Israeli', 'Jerusalem', 'Haifa'],
  ['Turkey', 'Turkish', 'Ankara', 'Istanbul'], ['Egypt', 'Egyptian', 'Cairo', 'Alexandria'],
  ['Nigeria', 'Nigerian', 'Abuja', 'Lagos'], ['Ghana', 'Ghanaian', 'Accra', 'Kumasi'],
  ['Mali', 'Malian', 'Bamako', 'Timbuktu'], ['Senegal', 'Senegalese', 'Dakar', 'Thies'],
  ['Ethiopia', 'Ethiopian', 'Addis Ababa', 'Mekelle'], ['Kenya', 'Kenyan', 'Nairobi', 'Mombasa'],
  ['Sudan', 'Sudanese', 'Khartoum', 'Port Sudan'], ['South Africa', 'South African', 'Pretoria', 'Cape Town'],
  ['Brazil', 'Brazilian', 'Brasilia', 'Sao Paulo'], ['Venezuela', 'Venezuelan', 'Caracas', 'Maracaibo'],
  ['Colombia', 'Colombian', 'Bogota', 'Medellin'], ['Mexico', 'Mexican', 'Mexico City', 'Monterrey'],
  ['United States', 'American', 'Washington', 'New York'], ['Canada', 'Canadian', 'Ottawa', 'Toronto'],
  ['France', 'French', 'Paris', 'Marseille'], ['Germany', 'German', 'Berlin', 'Munich'],
  ['United Kingdom', 'British', 'London', 'Manchester'], ['Poland', 'Polish', 'Warsaw', 'Krakow'],
  ['Serbia', 'Serbian', 'Belgrade', 'Novi Sad'], ['Greece', 'Greek', 'Athens', 'Thessaloniki'],
  ['South Korea', 'South Korean', 'Seoul', 'Busan'], ['North Korea', 'North Korean', 'Pyongyang', 'Wonsan'],
  ['Philippines', 'Philippine', 'Manila', 'Cebu'], ['Indonesia', 'Indonesian', 'Jakarta', 'Surabaya'],
  ['Vietnam', 'Vietnamese', 'Hanoi', 'Da Nang'], ['Australia', 'Australian', 'Canberra', 'Sydney'],
  ['Saudi Arabia', 'Saudi', 'Riyadh', 'Jeddah'], ['Syria', 'Syrian', 'Damascus', 'Aleppo'],
  ['Iraq', 'Iraqi', 'Baghdad', 'Basra'], ['Afghanistan', 'Afghan', 'Kabul', 'Kandahar'],
];

/** [full name, short name] */
export const ORGANISATIONS = [
  ['the United Nations Security Council', 'the Security Council'], ['the European Union', 'the EU'],
  ['NATO', 'the alliance'], ['the African Union', 'the AU'],
  ['the Economic Community of West African States', 'ECOWAS'], ['the Association of Southeast Asian Nations', 'ASEAN'],
  ['the International Atomic Energy Agency', 'the IAEA'], ['the World Health Organization', 'the WHO'],
  ['Amnesty International', 'Amnesty'], ['Human Rights Watch', 'the group'], ['the Red Cross', 'the Red Cross'],
  ['the International Monetary Fund', 'the IMF'], ['the Organization of American States', 'the OAS'],
];

/** Government roles: [title, short form used later in the article] */
export const ROLES = [
  ['President', 'the president'], ['Prime Minister', 'the prime minister'], ['Foreign Minister', 'the minister'],
  ['Defence Minister', 'the minister'], ['Interior Minister', 'the minister'], ['Finance Minister', 'the minister'],
  ['Ambassador to the United Nations', 'the ambassador'], ['army chief of staff', 'the general'],
  ['government spokesperson', 'the spokesperson'], ['opposition leader', 'the opposition leader'],
  ['police commissioner', 'the commissioner'], ['Health Minister', 'the minister'],
];

export const ORG_ROLES = ['Secretary General', 'spokesperson', 'chief inspector', 'commission chair', 'envoy', 'director'];

export const FIRST_NAMES = ['Amara', 'Kwame', 'Ines', 'Tomasz', 'Yuki', 'Chen', 'Aisha', 'Mehmet', 'Olga', 'Rafael',
  'Priya', 'Samuel', 'Leila', 'Dmitri', 'Hana', 'Jonas', 'Fatima', 'Nikos', 'Grace', 'Tariq', 'Marta', 'Kenji',
  'Abebe', 'Lucia', 'Oluwaseun', 'Anders', 'Mariam', 'Pedro', 'Sione', 'Viktor'];

export const LAST_NAMES = ['Diallo', 'Mensah', 'Okafor', 'Kowalski', 'Tanaka', 'Wei', 'Haddad', 'Yilmaz', 'Petrova',
  'Moreno', 'Sharma', 'Mwangi', 'Nasser', 'Volkov', 'Kim', 'Berg', 'Abdi', 'Papadopoulos', 'Achebe', 'Rahimi',
  'Silva', 'Watanabe', 'Tesfaye', 'Romero', 'Adeyemi', 'Lindqvist', 'Karimi', 'Alves', 'Fifita', 'Horvat'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

export const TOPICS = ['border security', 'grain exports', 'a disputed dam', 'nuclear inspections', 'refugee returns',
  'fishing rights', 'a prisoner exchange', 'gas transit fees', 'election monitoring', 'a ceasefire line',
  'trade tariffs', 'military exercises near the border', 'a detained journalist', 'water sharing'];
