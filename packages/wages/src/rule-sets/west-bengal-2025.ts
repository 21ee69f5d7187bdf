import type { RuleSet } from "../rules/schema"

/**
 * West Bengal (Kolkata zone) rules for 2025-26, as data. Every figure carries
 * its source and the date it came into force. The minimum wage figures stand
 * for the handicraft/tailoring schedules of the Kolkata zone and must be
 * checked against the Labour Directorate's current notification before use.
 */
export const WEST_BENGAL_2025: RuleSet = {
  name: "West Bengal, Kolkata zone, 2025-26",
  jurisdiction: "IN-WB",
  effective_from: "2025-04-01",
  minimum_wage_daily: [
    // Govt. of West Bengal, Labour Directorate, minimum rates of wages (basic + VDA), Zone A, in force 1 July 2025
    { effective_from: "2025-07-01", value: { unskilled: 43100, semi_skilled: 47400, skilled: 52100, highly_skilled: 57400 } },
    // Same schedule after the half-yearly VDA revision, in force 1 January 2026
    { effective_from: "2026-01-01", value: { unskilled: 44100, semi_skilled: 48500, skilled: 53400, highly_skilled: 58800 } },
    // Carried back to the start of the financial year so April-June 2025 has a figure (revision of 1 January 2025)
    { effective_from: "2025-04-01", value: { unskilled: 42300, semi_skilled: 46500, skilled: 51100, highly_skilled: 56300 } },
  ],
  // Minimum Wages (Central) Rules convention and WB notifications: monthly = daily x 26
  working_days_per_month: 26,
  // Mukti's own floor: no artisan is paid below the living wage for the hours she works (board resolution, April 2025)
  floor: { kind: "living", monthly_living_wage_paise: 1650000 },
  // Living wage reference for urban West Bengal: Rs 16,500 a month for a full-time worker (organisation's estimate, 2025)
  monthly_living_wage_paise: 1650000,
  hours: {
    // Minimum Wages Act 1948 s.13 with WB rules: 8 hours a day, 48 a week
    normal_minutes_per_day: 480,
    normal_minutes_per_week: 2880,
    // Minimum Wages Act 1948 s.14 / Factories Act 1948 s.59: twice the ordinary rate for overtime
    overtime_multiplier: { numerator: 2, denominator: 1 },
  },
  epf: {
    // EPF & MP Act 1952 s.6: 12% employee and 12% employer
    employee_bp: 1200,
    employer_bp: 1200,
    // EPS 1995 para 3(2): 8.33% of pay to the pension fund, on pay up to the ceiling
    employer_pension_bp: 833,
    // Wage ceiling Rs 15,000 a month, GSR 609(E), in force 1 September 2014
    pension_wage_ceiling_paise: 1500000,
  },
  esi: {
    // ESI (Central) Rules 1950 r.51, rates in force 1 July 2019 (GSR 423(E), 13 June 2019)
    employee_bp: 75,
    employer_bp: 325,
    // Coverage ceiling Rs 21,000 a month, in force 1 January 2017
    coverage_ceiling_monthly_paise: 2100000,
    // No employee share where average daily wage is up to Rs 176 (r.51 proviso, 2019)
    employee_exempt_up_to_daily_paise: 17600,
  },
  professional_tax: {
    // WB State Tax on Professions, Trades, Callings and Employments Act 1979, Schedule I serial 1, as amended 1 April 2014
    slabs: [
      { up_to_paise: 1000000, tax_paise: 0 },
      { up_to_paise: 1500000, tax_paise: 11000 },
      { up_to_paise: 2500000, tax_paise: 13000 },
      { up_to_paise: 4000000, tax_paise: 15000 },
      { up_to_paise: null, tax_paise: 20000 },
    ],
  },
  // Payment of Bonus Act 1965 ss.8, 10, 11: at least 30 working days; 8.33% to 20%
  bonus: { minimum_bp: 833, maximum_bp: 2000, minimum_days_worked: 30 },
  gratuity: {
    // Payment of Gratuity Act 1972 s.4(2): 15 days' wages per completed year, a month counted as 26 days
    days_wages_per_year: 15,
    days_per_month: 26,
    // s.4(1): after five years' continuous service, except on death or disablement
    minimum_years: 5,
    // Ceiling Rs 20,00,000, S.O. 1420(E), in force 29 March 2018
    cap_paise: 200000000,
    // s.2A(2): a year counts with 240 days worked, 190 in an establishment working under six days a week
    days_for_a_year: 240,
    days_for_a_year_short_week: 190,
  },
  // Mukti's training policy: Rs 300 a day attended, April 2025
  trainee_stipend_daily_paise: 30000,
  sources: {
    minimum_wage: "Govt. of West Bengal, Labour Directorate: minimum rates of wages, Zone A (Kolkata), 1 Jan 2025, 1 Jul 2025, 1 Jan 2026",
    epf: "Employees' Provident Funds & Misc. Provisions Act 1952 s.6; EPS 1995 para 3; GSR 609(E) of 22 Aug 2014",
    esi: "ESI Act 1948 s.39; ESI (Central) Rules 1950 r.51; GSR 423(E) of 13 Jun 2019",
    professional_tax: "WB State Tax on Professions, Trades, Callings and Employments Act 1979, Schedule I",
    bonus: "Payment of Bonus Act 1965 ss.8, 10, 11",
    gratuity: "Payment of Gratuity Act 1972 ss.2A, 4; S.O. 1420(E) of 29 Mar 2018",
    floor: "Mukti board resolution on the living-wage floor, April 2025",
  },
}
