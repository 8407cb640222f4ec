import { describe, expect, it } from 'vitest';
import { foldName, parseSearchQuery, surnameKey } from './name-key.ts';

describe('foldName', () => {
  it('drops diacritics, case and punctuation', () => {
    expect(foldName('Çelik-de Vries')).toBe('celik de vries');
    expect(foldName('  Şahin ')).toBe('sahin');
  });
});

describe('parseSearchQuery', () => {
  it('reads nine digits, with or without separators, as a BSN', () => {
    expect(parseSearchQuery('111 222 333')).toEqual({ kind: 'bsn', bsn: '111222333' });
    expect(parseSearchQuery('111.222.333')).toEqual({ kind: 'bsn', bsn: '111222333' });
  });
  it('reads WP numbers as dossier numbers, padded to eight digits', () => {
    expect(parseSearchQuery('wp123')).toEqual({ kind: 'dossierNumber', dossierNumber: 'WP00000123' });
    expect(parseSearchQuery('WP00000456')).toEqual({ kind: 'dossierNumber', dossierNumber: 'WP00000456' });
  });
  it('reads the rest as a name and ignores tussenvoegsels', () => {
    expect(parseSearchQuery('van den Berg')).toEqual({ kind: 'name', tokens: ['berg'] });
    expect(parseSearchQuery('Pieter de Vries')).toEqual({ kind: 'name', tokens: ['pieter', 'vries'] });
    expect(parseSearchQuery('de')).toEqual({ kind: 'name', tokens: ['de'] });
  });
});

describe('surnameKey', () => {
  it('drops leading prefixes so "El Amrani" is found as "Amrani"', () => {
    expect(surnameKey('El Amrani')).toBe('amrani');
    expect(surnameKey('de Vries-Smit')).toBe('vries smit');
    expect(surnameKey('Van')).toBe('van');
  });
});
