import type { ActorKind } from '../facts/fact.js';

export interface ActorTerm {
  readonly actor: ActorKind;
  /**
   * `complicity`: only a fact when the clause states complicity (officials, police); `agent`: only
   * as the doer of a coercive verb or after "by"; `present`: whenever the clause states a form
   * (the term names the exploitation itself: "child sex tourism"); `stated`: whenever the clause names
   * a form, even one about the response ("there was a government policy or pattern of forced labor").
   */
  readonly needs?: 'complicity' | 'agent' | 'present' | 'stated';
}

const a = (actor: ActorKind, needs?: ActorTerm['needs']): ActorTerm => ({ actor, ...(needs ? { needs } : {}) });

/** Kinds of perpetrators as reports name them. Generic "traffickers" is deliberately absent. Key = rule id. */
export const ACTOR_TERMS: Readonly<Record<string, { readonly pattern: string; readonly value: ActorTerm }>> = {
  family: { pattern: `(?:their |his |her |some |many )?(?:own )?(?:famil(?:y|ies)(?: members)?|parents|relatives|guardians|extended family|mothers|fathers|husbands|uncles|aunts)`, value: a('family') },
  'religious-teacher': { pattern: `(?:corrupt |unscrupulous |some )?(?:quranic|koranic|qur'anic|religious|islamic)(?: school)? (?:teachers|instructors|masters|leaders)|marabouts?|quranic teachers?`, value: a('religious_teacher') },
  community: { pattern: `communities|community members|village (?:chiefs|elders)|tribal leaders|(?:tribe|tribal|clan) members|members of (?:the |their )?(?:tribe|clan)`, value: a('community') },
  employer: { pattern: `employers?|sponsors|(?:farm|mine|factory|business|brothel|plantation|boat|vessel|shop|restaurant) owners|owners|landowners|landlords|bosses|supervisors|foremen`, value: a('employer') },
  'recruitment-agency': { pattern: `(?:fraudulent |unscrupulous |illegal |unlicensed |informal |labou?r )*(?:recruit(?:ers|ment agenc(?:y|ies)|ing agenc(?:y|ies))|(?:labou?r |employment |travel |recruitment )?(?:agents|brokers)|(?:labou?r|employment|travel|recruitment|placement|manpower|modeling|marriage|matchmaking|job) agenc(?:y|ies)|(?<=\\bby )agenc(?:y|ies)|intermediaries|middlemen|placement agencies|manpower agencies)`, value: a('recruitment_agency') },
  'armed-group': { pattern: `(?:non-state |other |some |several |separatist |pro-government |government-aligned )?(?:armed (?:\\w+ )?(?:groups?|militias?|opposition groups?|actors)|opposition (?:forces|groups|fighters)|militia groups?|militias?|rebel(?: groups?| forces| movements?)?s?|terrorist (?:groups?|organizations?)|extremist (?:groups?|organizations?)|militant (?:groups?|organizations?|networks?)|militants|jihadist groups?|jihadists|terrorists|fighters|insurgents?|insurgent groups?|self-defen[cs]e (?:groups?|militias?|forces)|paramilitar(?:y|ies)(?: groups?)?)`, value: a('armed_group') },
  'state-forces': { pattern: `(?:national |government |state |armed |security |defen[cs]e and security |military )?(?:armed forces|army|military personnel|military(?! (?:activities|operations|purposes|service|training|camps|roles|tasks|courts?|personnel training))|security forces|defen[cs]e forces|(?<!child )soldiers|troops|peacekeepers|gendarmerie)|government forces`, value: a('state_forces') },
  'state-sponsored': { pattern: `(?:state|government)-(?:sponsored|imposed|organized|compelled)(?= (?:forced|compulsory|bonded|labou?r|trafficking))|(?:a )?government policy or pattern`, value: a('government', 'stated') },
  government: { pattern: `(?:the )?(?:\\p{Lu}\\p{L}+ )?(?:government|regime)s?(?!-|\\s+(?:security\\s+)?(?:forces|troops|soldiers|officials|employees|personnel|authorities|agents))`, value: a('government', 'agent') },
  'official-complicity': { pattern: `official complicity|complicit (?:government |local |police |security )?(?:officials|officers|police)`, value: a('official', 'complicity') },
  official: { pattern: `(?:government |local |law enforcement |police |border |immigration |customs |corrupt |complicit |public |some |security )*(?:officials|officers|police(?: officers)?|gendarmes|border guards|judges|prosecutors|diplomats|authorities|government employees|civil servants|public servants)`, value: a('official', 'complicity') },
  'criminal-group': { pattern: `organized crim(?:e|inal)(?: groups?| networks?| syndicates?| gangs?)?|criminal (?:groups?|networks?|organizations?|gangs?|syndicates?|enterprises?)|gangs?|syndicates?|traffick(?:ing|er) (?:rings?|networks?)|(?:loosely organized |clandestine |organized |illicit |smuggling )+networks|cartels?|mafias?`, value: a('criminal_group') },
  'child-sex-tourism': { pattern: `child sex touris(?:m|ts?)|sex touris(?:m|ts?)(?=[^.;]{0,80}?\\b(?:child(?:ren)?|minors|boys|girls)\\b)`, value: a('client', 'present') },
  /**
   * The buyers, named as such: "brothels catering to truck drivers", "tourists seeking commercial sex",
   * "foreign tourists are also clients". Three entries, each opening with a fixed word, so the matcher
   * tries them only where that word stands (the hit takes in "catering to" / "are also").
   */
  'client-catering': { pattern: `catering to (?:[\\p{L}-]+ ){0,3}?(?:tourists|truck drivers|men|clients|customers|miners|workers|visitors|fishermen|sailors|soldiers|businessmen)`, value: a('client', 'present') },
  'client-seeking': { pattern: `tourists seeking (?:commercial )?sex`, value: a('client', 'present') },
  'client-named': { pattern: `(?:are|were|being) (?:also |frequent |the main |main |regular |often )?clients`, value: a('client', 'present') },
  client: { pattern: `sex tourists?|(?:foreign |western |european |local )?tourists|clients|customers|buyers of (?:commercial )?sex|(?:men|individuals) who (?:purchase|buy) (?:commercial )?sex`, value: a('client') },
};

/**
 * Named organizations that exploit people (armed groups, state forces), with the short name the
 * contract prints. Sources: UN Secretary-General's annual reports on children and armed conflict
 * (listed parties) and the State Department's Child Soldiers Prevention Act lists.
 */
export const NAMED_ACTORS: Readonly<Record<string, { readonly pattern: string; readonly value: { readonly actor: ActorKind; readonly name: string } }>> = {
  'boko-haram': { pattern: `Boko Haram|Jama['’]atu Ahlis Sunna Lidda['’]awati wal-Jihad|JAS`, value: { actor: 'armed_group', name: 'Boko Haram' } },
  iswap: { pattern: `ISIS-West Africa|ISWAP|ISIS-WA`, value: { actor: 'armed_group', name: 'ISWAP' } },
  'isis-k': { pattern: `ISIS-K|ISKP|Islamic State(?: in)? Khorasan Province`, value: { actor: 'armed_group', name: 'ISIS-K' } },
  isis: { pattern: `ISIS(?!-)|ISIL|Da['’]esh|Daesh|Islamic State(?! (?:in |of )?(?:Khorasan|the Greater Sahara|West Africa))(?: of Iraq and (?:Syria|the Levant))?`, value: { actor: 'armed_group', name: 'ISIS' } },
  isgs: { pattern: `ISGS|ISIS-Sahel|ISIS-GS|Islamic State in the Greater Sahara`, value: { actor: 'armed_group', name: 'ISGS' } },
  'al-shabaab': { pattern: `al-Shabaab|al-Shabab|Al-Shabaab`, value: { actor: 'armed_group', name: 'al-Shabaab' } },
  aqim: { pattern: `AQIM|al-Qa['’]ida in the Islamic Maghreb|al-Qaida in the Islamic Maghreb`, value: { actor: 'armed_group', name: 'AQIM' } },
  jnim: { pattern: `JNIM|Jama['’]at Nusrat al-Islam wal-Muslimin`, value: { actor: 'armed_group', name: 'JNIM' } },
  'ansar-dine': { pattern: `Ansar (?:Dine|Eddine)`, value: { actor: 'armed_group', name: 'Ansar Dine' } },
  mujao: { pattern: `MUJAO`, value: { actor: 'armed_group', name: 'MUJAO' } },
  gatia: { pattern: `GATIA|Imghad Tuareg and Allies Self-Defense Group`, value: { actor: 'armed_group', name: 'GATIA' } },
  'maa-cma': { pattern: `MAA-CMA`, value: { actor: 'armed_group', name: 'MAA-CMA' } },
  'maa-pf': { pattern: `MAA-PF|MAA-Platform`, value: { actor: 'armed_group', name: 'MAA-PF' } },
  cma: { pattern: `CMA|Coordination of (?:Movements of Azawad|Azawad Movements)`, value: { actor: 'armed_group', name: 'CMA' } },
  mnla: { pattern: `MNLA|National Movement for the Liberation of (?:the )?Azawad`, value: { actor: 'armed_group', name: 'MNLA' } },
  hcua: { pattern: `HCUA|High Council for the Unity of Azawad`, value: { actor: 'armed_group', name: 'HCUA' } },
  flm: { pattern: `FLM|Macina Liberation Front`, value: { actor: 'armed_group', name: 'FLM' } },
  platform: { pattern: `(?:the )?Platform`, value: { actor: 'armed_group', name: 'Platform' } },
  fama: { pattern: `FAMa|FAMA|Malian (?:Defense and Security Forces|Armed Forces)|Military Forces of Mali`, value: { actor: 'state_forces', name: 'FAMa' } },
  lra: { pattern: `LRA|Lord['’]s Resistance Army`, value: { actor: 'armed_group', name: 'LRA' } },
  m23: { pattern: `M23|March 23 Movement`, value: { actor: 'armed_group', name: 'M23' } },
  fdlr: { pattern: `FDLR|Democratic Forces for the Liberation of Rwanda`, value: { actor: 'armed_group', name: 'FDLR' } },
  adf: { pattern: `ADF|Allied Democratic Forces`, value: { actor: 'armed_group', name: 'ADF' } },
  'mai-mai': { pattern: `Mai[- ]Mai(?: \\p{Lu}\\p{L}+)?|Nyatura|Raia Mutomboki`, value: { actor: 'armed_group', name: 'Mai-Mai' } },
  fardc: { pattern: `FARDC`, value: { actor: 'state_forces', name: 'FARDC' } },
  'anti-balaka': { pattern: `anti-Balaka|Anti-Balaka`, value: { actor: 'armed_group', name: 'anti-Balaka' } },
  seleka: { pattern: `(?:ex-)?(?:S[eé]l[eé]ka|SELEKA)`, value: { actor: 'armed_group', name: 'Seleka' } },
  upc: { pattern: `UPC|Union for Peace in the Central African Republic`, value: { actor: 'armed_group', name: 'UPC' } },
  fprc: { pattern: `FPRC`, value: { actor: 'armed_group', name: 'FPRC' } },
  'splm-io': { pattern: `SPLA-IO|SPLM-IO|SPLA in Opposition`, value: { actor: 'armed_group', name: 'SPLA-IO' } },
  spla: { pattern: `SPLA|SSPDF|Sudan People['’]s Liberation Army`, value: { actor: 'state_forces', name: 'SPLA' } },
  rsf: { pattern: `RSF|Rapid Support Forces`, value: { actor: 'armed_group', name: 'RSF' } },
  janjaweed: { pattern: `Janjaweed`, value: { actor: 'armed_group', name: 'Janjaweed' } },
  jem: { pattern: `JEM|Justice and Equality Movement`, value: { actor: 'armed_group', name: 'JEM' } },
  houthis: { pattern: `Houthis?|Ansar Allah`, value: { actor: 'armed_group', name: 'Houthis' } },
  taliban: { pattern: `Taliban`, value: { actor: 'armed_group', name: 'Taliban' } },
  'haqqani': { pattern: `Haqqani Network`, value: { actor: 'armed_group', name: 'Haqqani Network' } },
  hts: { pattern: `HTS|Hay['’]at Tahrir al-Sham|Nusrah Front|al-Nusra Front`, value: { actor: 'armed_group', name: 'HTS' } },
  ypg: { pattern: `YPG|YPJ|People['’]s Protection Units`, value: { actor: 'armed_group', name: 'YPG' } },
  sdf: { pattern: `SDF|Syrian Democratic Forces`, value: { actor: 'armed_group', name: 'SDF' } },
  pkk: { pattern: `PKK`, value: { actor: 'armed_group', name: 'PKK' } },
  pmf: { pattern: `PMF|Popular Mobilization Forces`, value: { actor: 'armed_group', name: 'PMF' } },
  hezbollah: { pattern: `Hizballah|Hezbollah`, value: { actor: 'armed_group', name: 'Hizballah' } },
  farc: { pattern: `FARC(?:-EP)?|Revolutionary Armed Forces of Colombia`, value: { actor: 'armed_group', name: 'FARC' } },
  eln: { pattern: `ELN|National Liberation Army`, value: { actor: 'armed_group', name: 'ELN' } },
  tatmadaw: { pattern: `Tatmadaw|Burmese military`, value: { actor: 'state_forces', name: 'Tatmadaw' } },
  kia: { pattern: `KIA|Kachin Independence Army`, value: { actor: 'armed_group', name: 'KIA' } },
  uwsa: { pattern: `UWSA|United Wa State Army`, value: { actor: 'armed_group', name: 'UWSA' } },
  'arakan-army': { pattern: `Arakan Army`, value: { actor: 'armed_group', name: 'Arakan Army' } },
  npa: { pattern: `NPA|New People['’]s Army`, value: { actor: 'armed_group', name: 'NPA' } },
  maute: { pattern: `Maute Group|Maute|Dawlah Islamiyah`, value: { actor: 'armed_group', name: 'Maute Group' } },
  afp: { pattern: `Armed Forces of the Philippines|(?<=the )AFP`, value: { actor: 'state_forces', name: 'AFP' } },
  epp: { pattern: `EPP|Paraguayan People['’]s Army`, value: { actor: 'armed_group', name: 'EPP' } },
  'abu-sayyaf': { pattern: `Abu Sayyaf(?: Group)?|ASG`, value: { actor: 'armed_group', name: 'Abu Sayyaf' } },
  milf: { pattern: `MILF|Moro Islamic Liberation Front`, value: { actor: 'armed_group', name: 'MILF' } },
  bifm: { pattern: `BIFF|Bangsamoro Islamic Freedom Fighters`, value: { actor: 'armed_group', name: 'BIFF' } },
  'cjtf': { pattern: `CJTF|Civilian Joint Task Force`, value: { actor: 'armed_group', name: 'CJTF' } },
  'wagner': { pattern: `Wagner Group|Wagner`, value: { actor: 'armed_group', name: 'Wagner Group' } },
};
