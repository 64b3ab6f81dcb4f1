import { compareControlIds, createCatalogue, normalizeControlToken, ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';

describe('control ids', () => {
  it('sorts numerically, so 5.10 comes after 5.9', () => {
    expect(['5.10', '5.9', '8.1', '5.1', '6.8', '5.37'].sort(compareControlIds)).toEqual(['5.1', '5.9', '5.10', '5.37', '6.8', '8.1']);
    expect(['A.18.2.3', 'A.9.2.3', 'A.9.2.10'].sort(compareControlIds)).toEqual(['A.9.2.3', 'A.9.2.10', 'A.18.2.3']);
  });

  it('lists Annex A in numeric order', () => {
    const ids = ANNEX_A_CATALOGUE.controls.map((c) => c.id);
    expect(ids.slice(8, 11)).toEqual(['5.9', '5.10', '5.11']);
    expect([...ids].sort(compareControlIds)).toEqual(ids);
  });

  it.each([
    ['A.5.17', '5.17'],
    ['5.17', '5.17'],
    ['A 8.9', '8.9'],
    ['A5.17', '5.17'],
    ['Annex A 8.16', '8.16'],
    ['annex a.8.16', '8.16'],
    ['  8.2 ', '8.2'],
    ['A.9.2.3', 'A.9.2.3'],
    ['9.2.3', 'A.9.2.3'],
  ])('normalises %s to %s', (raw, id) => {
    expect(normalizeControlToken(raw)).toBe(id);
  });

  it.each(['MFA', '5.17a', '5.1.2.3', '5', 'ACME-01', '5.17 Authentication information'])('does not read %s as an id', (raw) => {
    expect(normalizeControlToken(raw)).toBeNull();
  });

  it('looks controls up by exact id, ignoring case, never by prefix', () => {
    const cat = createCatalogue([{ id: 'ACME-01', title: 'Quarterly access review', theme: 'Custom', annexA: false }]);
    expect(cat.get('acme-01')?.id).toBe('ACME-01');
    expect(cat.get('ACME')).toBeUndefined();
    expect(cat.get('8.2')?.title).toBe('Privileged access rights');
    expect(cat.get('8.2.1')).toBeUndefined();
    expect(cat.controls.map((c) => c.id).slice(-1)).toEqual(['ACME-01']);
  });
});
