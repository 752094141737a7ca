import { DOMAIN_ERROR_KINDS } from '@lienthong/kernel';
import { describe, expect, it } from 'vitest';
import { workflowsError } from './errors.js';

describe('workflowsError', () => {
  it('gives every code a kind and both messages, Vietnamese and English', () => {
    for (const code of workflowsError.codes) {
      const error = workflowsError(code, {});
      expect(DOMAIN_ERROR_KINDS).toContain(error.kind);
      expect(error.code).toBe(code);
      expect(error.messageVi.length).toBeGreaterThan(10);
      expect(error.messageEn.length).toBeGreaterThan(10);
      expect(error.message).toBe(error.messageEn);
    }
  });

  it('writes the details into the messages', () => {
    const error = workflowsError('STEP_ROLE_REQUIRED', { stepId: 'ky-duyet', stepName: 'Ký duyệt', role: 'lanh-dao' });
    expect(error.messageVi).toBe('Bước "Ký duyệt" phải do người có vai trò "lanh-dao" thực hiện');
    expect(error.messageEn).toBe('Step "ky-duyet" must be completed by someone with the role "lanh-dao"');
    expect(error.kind).toBe('forbidden');
  });

  it('writes placeholders as balanced {word}s, so none is left half-written', () => {
    for (const code of workflowsError.codes) {
      const { vi, en } = workflowsError.catalog[code];
      for (const template of [vi, en]) expect(template).toMatch(/^[^{}]*(?:\{\w+\}[^{}]*)*$/);
    }
  });

  it('has the codes the issue names', () => {
    expect(workflowsError.codes).toEqual(
      expect.arrayContaining([
        'PROCEDURE_STEPS_EXCEED_LIMIT',
        'SECOND_EFFECTIVE_VERSION',
        'CLOCK_ALREADY_PAUSED',
        'CLOCK_NOT_PAUSED',
        'STEP_ROLE_REQUIRED',
      ]),
    );
  });
});
