// The portal keeps its own copy of the domain's code lists so that the bundle does not carry libs/documents; this test
// holds the copy to the library.
import {
  COPY_KINDS,
  INCOMING_STATES,
  INCOMING_STATE_LABELS,
  PARTY_DOCUMENT_KINDS,
  SECRECY_LABELS as DOMAIN_SECRECY_LABELS,
  SECRECY_LEVELS as DOMAIN_SECRECY_LEVELS,
  STATE_DOCUMENT_KINDS,
  URGENCY_LABELS as DOMAIN_URGENCY_LABELS,
  URGENCY_LEVELS as DOMAIN_URGENCY_LEVELS,
} from '@lienthong/documents';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { translate } from '../../i18n/translate.js';
import { vi } from '../../i18n/vi.js';
import {
  INCOMING_STATUSES,
  INCOMING_STATUS_LABELS,
  KIND_CODES,
  KIND_LABELS,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
  kindLabel,
  mayCarryFiles,
} from './document-labels.js';

const viT = (key: keyof typeof vi) => translate('vi', key);

describe('the portal’s code lists', () => {
  it('are libs/documents’ urgency, secrecy and incoming states, in the same order', () => {
    expect(URGENCY_LEVELS).toEqual(DOMAIN_URGENCY_LEVELS);
    expect(SECRECY_LEVELS).toEqual(DOMAIN_SECRECY_LEVELS);
    expect(INCOMING_STATUSES).toEqual(INCOMING_STATES);
  });

  it('name each level and state in Vietnamese exactly as the library does', () => {
    for (const level of URGENCY_LEVELS) expect(viT(URGENCY_LABELS[level])).toBe(DOMAIN_URGENCY_LABELS[level]);
    for (const level of SECRECY_LEVELS) expect(viT(SECRECY_LABELS[level])).toBe(DOMAIN_SECRECY_LABELS[level]);
    for (const state of INCOMING_STATUSES)
      expect(viT(INCOMING_STATUS_LABELS[state])).toBe(INCOMING_STATE_LABELS[state]);
  });

  it('know every kind of the State, Party and copy lists, with the library’s Vietnamese name', () => {
    const domainKinds = new Map<string, string>();
    for (const kind of [...STATE_DOCUMENT_KINDS, ...PARTY_DOCUMENT_KINDS, ...COPY_KINDS]) {
      // The Party list reuses State codes for shared kinds, with the same name.
      expect(domainKinds.get(kind.code) ?? kind.name).toBe(kind.name);
      domainKinds.set(kind.code, kind.name);
    }
    expect([...KIND_CODES].sort()).toEqual([...domainKinds.keys()].sort());
    for (const code of KIND_CODES)
      expect({ code, name: viT(KIND_LABELS[code]) }).toEqual({ code, name: domainKinds.get(code) });
  });

  it('have an English name for every label', () => {
    for (const key of [
      ...Object.values(KIND_LABELS),
      ...Object.values(URGENCY_LABELS),
      ...Object.values(SECRECY_LABELS),
    ]) {
      expect(en[key]).not.toBe(vi[key]);
    }
  });
});

describe('kindLabel', () => {
  const t = (key: keyof typeof vi) => translate('vi', key);

  it('names a known kind, calls no kind and the registers’ bucket "Khác", and shows an unknown code as is', () => {
    expect(kindLabel(t, 'quyet-dinh')).toBe('Quyết định');
    expect(kindLabel(t, 'ket-luan')).toBe('Kết luận');
    expect(kindLabel(t, null)).toBe('Khác');
    expect(kindLabel(t, 'khac')).toBe('Khác');
    expect(kindLabel(t, 'loai-moi')).toBe('loai-moi');
  });
});

describe('mayCarryFiles', () => {
  it('lets only an unclassified document carry its scan', () => {
    expect(SECRECY_LEVELS.filter(mayCarryFiles)).toEqual(['thuong']);
  });
});
