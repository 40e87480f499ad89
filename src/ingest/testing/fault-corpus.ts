/** Report files for fault and load tests: invented sentences in report style (no corpus text). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Country {
  readonly name: string;
  readonly demonym: string;
  readonly city: string;
  readonly neighbours: readonly [string, string];
}

const COUNTRIES: readonly Country[] = [
  { name: 'Mali', demonym: 'Malian', city: 'Bamako', neighbours: ['Guinea', 'Senegal'] },
  { name: 'Ghana', demonym: 'Ghanaian', city: 'Accra', neighbours: ['Togo', 'Nigeria'] },
  { name: 'Nepal', demonym: 'Nepali', city: 'Kathmandu', neighbours: ['India', 'Malaysia'] },
  { name: 'Moldova', demonym: 'Moldovan', city: 'Chisinau', neighbours: ['Russia', 'Turkey'] },
  { name: 'Cambodia', demonym: 'Cambodian', city: 'Phnom Penh', neighbours: ['Thailand', 'Malaysia'] },
  { name: 'Guinea', demonym: 'Guinean', city: 'Conakry', neighbours: ['Mali', 'Senegal'] },
  { name: 'Senegal', demonym: 'Senegalese', city: 'Dakar', neighbours: ['Mali', 'Mauritania'] },
  { name: 'Niger', demonym: 'Nigerien', city: 'Niamey', neighbours: ['Libya', 'Algeria'] },
  { name: 'Benin', demonym: 'Beninese', city: 'Cotonou', neighbours: ['Nigeria', 'Gabon'] },
  { name: 'Laos', demonym: 'Lao', city: 'Vientiane', neighbours: ['Thailand', 'China'] },
  { name: 'Peru', demonym: 'Peruvian', city: 'Lima', neighbours: ['Chile', 'Bolivia'] },
  { name: 'Kenya', demonym: 'Kenyan', city: 'Nairobi', neighbours: ['Saudi Arabia', 'Uganda'] },
  { name: 'Uganda', demonym: 'Ugandan', city: 'Kampala', neighbours: ['Kenya', 'Oman'] },
  { name: 'Bolivia', demonym: 'Bolivian', city: 'La Paz', neighbours: ['Argentina', 'Brazil'] },
  { name: 'Vietnam', demonym: 'Vietnamese', city: 'Hanoi', neighbours: ['China', 'Taiwan'] },
  { name: 'Togo', demonym: 'Togolese', city: 'Lome', neighbours: ['Ghana', 'Gabon'] },
];

const SECTORS = ['gold mines', 'fishing', 'agriculture', 'brick kilns', 'construction', 'domestic work', 'cocoa farming', 'garment factories'];

/** One report of about `paragraphs` × 5 sentences about `c`. */
export function faultReport(c: Country, year: number, paragraphs: number): string {
  const [a, b] = c.neighbours;
  const lines = [`${year} Trafficking in Persons Report: ${c.name}`, `${c.name.toUpperCase()}: Tier 2`, 'TRAFFICKING PROFILE'];
  for (let i = 0; i < paragraphs; i++) {
    const sector = SECTORS[i % SECTORS.length];
    lines.push([
      `Traffickers exploit ${c.demonym} men and boys in forced labor in ${sector} in ${i % 2 ? a : b}.`,
      `${c.demonym} women and girls are exploited in sex trafficking in ${c.city} and in ${a}.`,
      `Criminal groups reportedly force children into begging in ${c.city}.`,
      `Recruitment agencies lure ${c.demonym} workers with false promises of jobs in ${b}, where some are subjected to debt bondage in ${SECTORS[(i + 3) % SECTORS.length]}.`,
      `An NGO reported ${100 + i * 7} victims in ${year - 1}.`,
    ].join(' '));
  }
  return lines.join('\n') + '\n';
}

/** Writes `count` reports (different countries and years) into `dir`; returns their paths. */
export function writeFaultCorpus(dir: string, count: number, paragraphs = 6): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const c = COUNTRIES[i % COUNTRIES.length];
    const year = 2015 + Math.floor(i / COUNTRIES.length);
    const path = join(dir, `${year}-${c.name.toLowerCase()}.txt`);
    writeFileSync(path, faultReport(c, year, paragraphs));
    paths.push(path);
  }
  return paths;
}
