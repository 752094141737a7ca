import { describe, expect, it } from 'vitest';
import { toOutgoingRegisterEntryDto, type NumberedOutgoingRow } from './outgoing-register-entry.dto.js';

const issued = (patch: Partial<NumberedOutgoingRow> = {}): NumberedOutgoingRow => ({
  id: '0198f0a0-0000-7000-8000-000000000003',
  orgId: 'th-ubnd-xa-hoang-hoa',
  status: 'issued',
  documentSystem: 'state',
  kindCode: 'quyet-dinh',
  issuerCode: 'UBND',
  unitCode: null,
  legalNormative: false,
  subject: 'Về việc thành lập Tổ công tác',
  urgency: 'thuong',
  secrecy: 'thuong',
  recipients: [
    { type: 'internal', orgId: 'th-ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Thanh Hóa' },
    { type: 'external', name: 'Công ty ABC', organId: '000.00.00.H99' },
  ],
  inReplyToId: null,
  draftedBy: 'chuyenvien.hoanghoa',
  signerName: 'Lê Văn Hùng',
  signedBy: 'lanhdao.hoanghoa',
  signedAt: new Date('2025-09-15T01:00:00Z'),
  registerId: '0198f0a0-0000-7000-8000-000000000004',
  registerScope: '2025',
  outgoingNumber: 12,
  numberSymbol: '12/QĐ-UBND',
  issuedDate: '2025-09-15',
  issuedAt: new Date('2025-09-15T02:00:00Z'),
  issuedBy: 'vanthu.hoanghoa',
  replacedById: null,
  replacesId: null,
  rowVersion: 3,
  createdAt: new Date('2025-09-14T01:00:00Z'),
  updatedAt: new Date('2025-09-15T02:00:00Z'),
  ...patch,
});

describe('toOutgoingRegisterEntryDto', () => {
  it('maps an issued document to a line of the outgoing book', () => {
    expect(toOutgoingRegisterEntryDto(issued())).toEqual({
      documentId: '0198f0a0-0000-7000-8000-000000000003',
      outgoingNumber: 12,
      numberSymbol: '12/QĐ-UBND',
      issuedDate: '2025-09-15',
      kindCode: 'quyet-dinh',
      kindName: 'Quyết định',
      subject: 'Về việc thành lập Tổ công tác',
      signerName: 'Lê Văn Hùng',
      recipients: ['Ủy ban nhân dân tỉnh Thanh Hóa', 'Công ty ABC'],
      draftedBy: 'chuyenvien.hoanghoa',
      copies: null,
      issuedAt: new Date('2025-09-15T02:00:00Z'),
      acknowledgedBy: null,
      status: 'issued',
      notes: null,
    });
  });

  it('notes a recalled and a replaced document', () => {
    expect(toOutgoingRegisterEntryDto(issued({ status: 'recalled' })).notes).toBe('Đã thu hồi');
    expect(toOutgoingRegisterEntryDto(issued({ status: 'replaced' })).notes).toBe('Đã bị thay thế');
  });

  it('names kinds in the Party system for a Party document', () => {
    const party = toOutgoingRegisterEntryDto(issued({ documentSystem: 'party', kindCode: 'ket-luan' }));
    expect(party.kindName).toBe('Kết luận');
  });
});
