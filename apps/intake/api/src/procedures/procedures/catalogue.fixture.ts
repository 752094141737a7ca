import type { Principal } from '@lienthong/auth';
import { aPrincipal } from '@lienthong/auth/testing';
import { procedureToJson, type ProcedureDefinition } from '@lienthong/workflows';
import type { IntakeTestHarness } from '../../testing.js';

/** The new xã Hoằng Hóa (from 1 July 2025) and the province, whose UBND has a mã định danh in the seed. */
export const COMMUNE = 'th-ubnd-xa-hoang-hoa';
export const PROVINCE = 'th-ubnd-tinh';

export const communeClerk = aPrincipal();
export const communeLeader = aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'], orgId: COMMUNE });
export const communeSpecialist = aPrincipal({
  username: 'chuyenvien.hoanghoa',
  roles: ['chuyen-vien'],
  orgId: COMMUNE,
});
export const provinceClerk = aPrincipal({ username: 'vanthu.tinh', roles: ['van-thu'], orgId: PROVINCE });
export const admin = aPrincipal({ username: 'quantri', roles: ['quan-tri'], orgId: PROVINCE });

/** The code of a refused call's domain error (or the rejection text), `'resolved'` when it was not refused. */
export const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );

/** The domain error a refused call carries (code, Vietnamese message, details). */
export const domainErrorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return (error as { cause?: { code: string; messageVi: string; details: Record<string, unknown> } }).cause;
  }
  throw new Error('The call was not refused');
};

/** Imports `procedure` into `by`'s unit (or `orgId`) and makes it effective (from `on`, default its effectiveFrom). */
export async function publish(
  h: IntakeTestHarness,
  by: Principal,
  procedure: ProcedureDefinition,
  options: { orgId?: string; on?: string } = {},
) {
  const caller = h.callerFor(by);
  const orgId = options.orgId === undefined ? {} : { orgId: options.orgId };
  await caller.procedures.import({ ...orgId, json: procedureToJson(procedure) });
  return caller.procedures.makeEffective({
    ...orgId,
    code: procedure.code,
    version: procedure.version,
    ...(options.on === undefined ? {} : { on: options.on }),
  });
}
