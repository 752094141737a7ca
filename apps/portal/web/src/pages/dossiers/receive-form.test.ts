import { describe, expect, it } from 'vitest';
import { emptyReceiveValues, receiveFieldOfPath, serverFieldMessages, toReceiveInput } from './receive-form.js';

const filled = {
  ...emptyReceiveValues(),
  procedureCode: '1.004616.000.00.00.H56',
  name: '  Nguyễn   Thị Lan ',
};

describe('toReceiveInput', () => {
  it('sends the procedure and the applicant, leaving blank optional fields out', () => {
    expect(toReceiveInput(filled)).toEqual({
      ok: true,
      input: { procedureCode: '1.004616.000.00.00.H56', applicant: { name: 'Nguyễn Thị Lan' } },
    });
  });

  it('normalises the identity number and the phone number as intake stores them', () => {
    const result = toReceiveInput({
      ...filled,
      idNumber: ' 038 190 012 345 ',
      phone: '0912.345-678',
      address: ' Thôn  Đông, xã Hoằng Hóa ',
      note: ' Nộp thay cho mẹ ',
    });
    expect(result).toEqual({
      ok: true,
      input: {
        procedureCode: '1.004616.000.00.00.H56',
        applicant: {
          name: 'Nguyễn Thị Lan',
          idNumber: '038190012345',
          phone: '0912345678',
          address: 'Thôn Đông, xã Hoằng Hóa',
        },
        note: 'Nộp thay cho mẹ',
      },
    });
    expect(toReceiveInput({ ...filled, idNumber: 'b1234567' })).toMatchObject({
      ok: true,
      input: { applicant: { idNumber: 'B1234567' } },
    });
  });

  it('names every field that is wrong', () => {
    expect(
      toReceiveInput({ ...emptyReceiveValues(), idNumber: '12-34', phone: '12345', note: 'x'.repeat(2001) }),
    ).toEqual({
      ok: false,
      errors: {
        procedureCode: 'dossiers.receive.validation.procedureRequired',
        name: 'dossiers.receive.validation.nameRequired',
        idNumber: 'dossiers.receive.validation.idNumber',
        phone: 'dossiers.receive.validation.phone',
        note: 'dossiers.receive.validation.noteTooLong',
      },
    });
    expect(toReceiveInput({ ...filled, phone: '+84912345678' }).ok).toBe(true);
  });
});

describe('intake’s field messages', () => {
  it('are put under the form field their path names', () => {
    expect(receiveFieldOfPath('applicant.phone')).toBe('phone');
    expect(receiveFieldOfPath('procedureCode')).toBe('procedureCode');
    expect(receiveFieldOfPath('applicant')).toBeNull();
    expect(
      serverFieldMessages({
        'applicant.idNumber': ['Số giấy tờ tùy thân chỉ gồm chữ và số, từ 6 đến 20 ký tự (CCCD có 12 số)'],
        'applicant.phone': ['Số điện thoại không hợp lệ', 'second message'],
        '': ['whole input'],
      }),
    ).toEqual({
      idNumber: 'Số giấy tờ tùy thân chỉ gồm chữ và số, từ 6 đến 20 ký tự (CCCD có 12 số)',
      phone: 'Số điện thoại không hợp lệ',
    });
  });
});
