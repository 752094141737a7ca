/** Query keys of the registers page, under intake's `['intake', 'registers']` tree. */
export const registersKeys = {
  entries: (year: number) => ['intake', 'registers', 'entries', year] as const,
  monthlyCounts: (year: number) => ['intake', 'registers', 'monthlyCounts', year] as const,
  monthlyCountsByUnit: (year: number) => ['intake', 'registers', 'monthlyCountsByUnit', year] as const,
};
