/** One row of data/gazetteer/places.json: [name, ISO2, lat, lon, feature, population (0: unknown)]. */
export type PlaceRow = readonly [
  name: string, country: string, lat: number, lon: number, feature: 'city' | 'region' | 'site', population: number,
];
