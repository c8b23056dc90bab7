/**
 * Number text for people: `7,233`, `2.86`. Written out rather than with `toLocaleString`, so the report is the
 * same bytes whatever the machine's locale and ICU data.
 */
export const formatNumber = (n: number): string => {
  if (!Number.isFinite(n)) return String(n)
  const negative = n < 0
  const rounded = Math.round(Math.abs(n) * 100) / 100
  const [whole = "0", fraction] = String(rounded).split(".")
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ",")
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`
}
