import { describe, expect, it } from 'vitest';
import { countryNames, worldCountries } from './countries.ts';
import { loadEntityData } from './load.ts';

const countries = worldCountries(countryNames(), {});
const byCode = (alpha2: string) => countries.find((c) => c.country === alpha2);

describe('countries named only in inverted form ("Moldova, Republic of")', () => {
  it.each([
    ['MD', 'Moldova'],
    ['FM', 'Micronesia'],
  ])('%s is a country named %s', (alpha2, name) => {
    expect(byCode(alpha2)?.name).toBe(name);
  });

  it('takes "Syrien" from "Syrien, Arabische Republik" as a German name of Syria', () => {
    expect(byCode('SY')?.names.de).toBe('Syrien');
  });

  it('does not give "Korea" to South Korea alone, as "North Korea" shares it', () => {
    expect(byCode('KR')?.name).toBe('South Korea');
    expect(byCode('KR')?.variants).not.toContain('Korea');
  });

  it('gives every country of the gazetteer its own id (both Congos apart)', () => {
    const ids = loadEntityData('data')
      .places.filter((p) => p.kind === 'country')
      .map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
