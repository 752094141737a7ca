/**
 * Demo one-stop procedures for the communes of the demo organisation, in the JSON format of libs/workflows
 * (`parseProcedureJson`). They are examples to try the portal with, NOT the official procedures: the codes are
 * `DEMO-…` rather than national procedure codes, the time limits are short, and each step is given to a role the demo
 * accounts have (văn thư, lãnh đạo). Real catalogues are imported by each unit from its approved ISO documents.
 */
export function demoProcedures(): Record<string, unknown>[] {
  return [
    {
      code: 'DEMO-HT-01',
      name: 'Cấp bản sao trích lục hộ tịch (mẫu thử)',
      version: '1.0',
      effectiveFrom: '2025-07-01',
      approvedBy: 'Chủ tịch UBND xã (mẫu thử)',
      approvedOn: '2025-06-25',
      legalBasis: ['Luật Hộ tịch 2014', 'Nghị định 123/2015/NĐ-CP'],
      timeLimit: { unit: 'working-days', value: 3 },
      steps: [
        {
          id: 'xu-ly',
          name: 'Kiểm tra, xử lý hồ sơ, dự thảo kết quả',
          responsible: { role: 'van-thu', title: 'Công chức Bộ phận một cửa' },
          duration: { unit: 'working-days', value: 1.5 },
          forms: ['Tờ khai cấp bản sao trích lục hộ tịch'],
          outputs: ['Dự thảo bản sao trích lục'],
        },
        {
          id: 'ky-duyet',
          name: 'Ký duyệt kết quả',
          responsible: { role: 'lanh-dao', title: 'Chủ tịch UBND xã' },
          duration: { unit: 'working-days', value: 1 },
          forms: [],
          outputs: ['Bản sao trích lục hộ tịch'],
        },
      ],
      records: [
        {
          name: 'Tờ khai và bản sao trích lục đã cấp',
          keptBy: 'Bộ phận Tư pháp - Hộ tịch',
          retention: { kind: 'years', years: 10 },
        },
      ],
    },
    {
      code: 'DEMO-CT-01',
      name: 'Chứng thực bản sao từ bản chính (mẫu thử)',
      version: '1.0',
      effectiveFrom: '2025-07-01',
      approvedBy: 'Chủ tịch UBND xã (mẫu thử)',
      approvedOn: '2025-06-25',
      legalBasis: ['Nghị định 23/2015/NĐ-CP'],
      timeLimit: { unit: 'working-hours', value: 4 },
      steps: [
        {
          id: 'doi-chieu',
          name: 'Đối chiếu bản chính, bản sao',
          responsible: { role: 'van-thu', title: 'Công chức Bộ phận một cửa' },
          duration: { unit: 'working-hours', value: 2 },
          forms: [],
          outputs: [],
        },
        {
          id: 'ky-chung-thuc',
          name: 'Ký chứng thực',
          responsible: { role: 'lanh-dao', title: 'Chủ tịch hoặc Phó Chủ tịch UBND xã' },
          duration: { unit: 'working-hours', value: 2 },
          forms: [],
          outputs: ['Bản sao có chứng thực'],
        },
      ],
      records: [{ name: 'Sổ chứng thực bản sao', keptBy: 'Bộ phận Tư pháp', retention: { kind: 'permanent' } }],
    },
  ];
}
