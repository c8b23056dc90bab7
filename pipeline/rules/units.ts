/**
 * Units as data: every way a news sentence writes a unit, mapped to one standard symbol
 * (the contract: `percent`; ISO 4217 codes for money; `mi`, `km`, `ft`, `m` for lengths; one symbol
 * for any other unit). Forms are lower-case word sequences as the figure lexer splits them
 * (`per cent` -> ["per", "cent"], `km/h` -> ["km", "/", "h"]); `exact` forms must match as written.
 */

export type UnitKind =
  | "percent"
  | "currency"
  | "length"
  | "area"
  | "mass"
  | "volume"
  | "speed"
  | "power"
  | "energy"
  | "data"
  | "temperature"
  | "time"
  | "other"

export interface UnitEntry {
  readonly symbol: string
  readonly kind: UnitKind
  /** lower-case word sequences, matched case-insensitively */
  readonly forms: ReadonlyArray<string>
  /** forms matched exactly as written (short abbreviations that are also words: `m`, `g`, `C`) */
  readonly exact?: ReadonlyArray<string>
  /** value multiplier into the symbol's unit (cents -> dollars: 0.01) */
  readonly factor?: number
  /**
   * abbreviation-like forms that count only right after a number (`5 m`, `29km`), never after
   * "of" in a vague quantity or as a free word
   */
  readonly abbreviations?: ReadonlyArray<string>
}

const entry = (
  symbol: string,
  kind: UnitKind,
  forms: ReadonlyArray<string>,
  extra: Partial<Pick<UnitEntry, "exact" | "factor" | "abbreviations">> = {}
): UnitEntry => ({ symbol, kind, forms, ...extra })

/** Percent, percentage points and basis points. */
export const percentUnits: ReadonlyArray<UnitEntry> = [
  entry("pp", "percent", ["percentage points", "percentage point", "percent points", "per cent points", "pct points", "pct pts"]),
  entry("bp", "percent", ["basis points", "basis point", "bps", "bp"]),
  entry("percent", "percent", ["%", "percent", "per cent", "percents", "percentage", "pct", "per centum"])
]

/** Measures (suffix units). Longest forms first is not needed: the matcher tries the longest match. */
export const measureUnits: ReadonlyArray<UnitEntry> = [
  // length
  entry("mi", "length", ["mile", "miles", "statute miles"], { abbreviations: ["mi"] }),
  entry("nmi", "length", ["nautical mile", "nautical miles"], { abbreviations: ["nmi"] }),
  entry("km", "length", ["kilometre", "kilometres", "kilometer", "kilometers", "kilometrs", "klicks"], { abbreviations: ["km", "kms"] }),
  entry("m", "length", ["metre", "metres", "meter", "meters"], { exact: ["m"] }),
  entry("cm", "length", ["centimetre", "centimetres", "centimeter", "centimeters"], { abbreviations: ["cm"] }),
  entry("mm", "length", ["millimetre", "millimetres", "millimeter", "millimeters"], { exact: ["mm"] }),
  entry("ft", "length", ["foot", "feet"], { abbreviations: ["ft"] }),
  entry("in", "length", ["inch", "inches"], { abbreviations: ["in ."] }),
  entry("yd", "length", ["yard", "yards"], { abbreviations: ["yd", "yds"] }),
  entry("ly", "length", ["light-year", "light-years", "light year", "light years", "light - year", "light - years"]),
  // area
  entry("km²", "area", ["square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "km2", "km²"]),
  entry("mi²", "area", ["square miles", "square mile", "sq mi", "sq miles"]),
  entry("m²", "area", ["square metres", "square meters", "square metre", "square meter", "sq m", "m2", "m²"]),
  entry("ft²", "area", ["square feet", "square foot", "sq ft"]),
  entry("ha", "area", ["hectare", "hectares"], { abbreviations: ["ha"] }),
  entry("acre", "area", ["acre", "acres"]),
  // mass
  entry("kg", "mass", ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], { abbreviations: ["kg", "kgs"] }),
  entry("g", "mass", ["gram", "grams", "gramme", "grammes"], { exact: ["g", "gr"] }),
  entry("mg", "mass", ["milligram", "milligrams"], { abbreviations: ["mg"] }),
  entry("t", "mass", ["tonne", "tonnes", "metric ton", "metric tons", "ton", "tons"], { exact: ["t"] }),
  entry("lb", "mass", ["pound", "pounds"], { abbreviations: ["lb", "lbs"] }),
  entry("oz", "mass", ["ounce", "ounces"], { abbreviations: ["oz"] }),
  // volume
  entry("L", "volume", ["litre", "litres", "liter", "liters"], { exact: ["l", "L"] }),
  entry("mL", "volume", ["millilitre", "millilitres", "milliliter", "milliliters"], { abbreviations: ["ml"] }),
  entry("gal", "volume", ["gallon", "gallons"], { abbreviations: ["gal"] }),
  entry("m³", "volume", ["cubic metres", "cubic meters", "cubic metre", "cubic meter", "m3", "m³"]),
  entry("bbl per day", "volume", ["barrels per day", "barrels a day", "barrels of oil per day", "barrels of oil a day", "barrels daily", "bpd", "b / d"]),
  entry("bbl", "volume", ["barrel", "barrels"], { abbreviations: ["bbl", "bbls"] }),
  // speed
  entry("mph", "speed", ["miles per hour", "miles an hour", "mile per hour", "mph"]),
  entry("km/h", "speed", ["kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "km / h", "kph", "kmh", "km / hr"]),
  entry("kn", "speed", ["knot", "knots"], { abbreviations: ["kt", "kts"] }),
  entry("m/s", "speed", ["metres per second", "meters per second", "m / s"]),
  // power and energy
  entry("hp", "power", ["horsepower", "horse power", "hp", "bhp"]),
  entry("W", "power", ["watt", "watts"], { exact: ["W"] }),
  entry("kW", "power", ["kilowatt", "kilowatts"], { abbreviations: ["kw"] }),
  entry("MW", "power", ["megawatt", "megawatts"], { exact: ["MW"] }),
  entry("GW", "power", ["gigawatt", "gigawatts"], { exact: ["GW"] }),
  entry("kWh", "energy", ["kilowatt-hour", "kilowatt-hours", "kilowatt hours", "kilowatt - hours", "kwh"]),
  entry("MWh", "energy", ["megawatt-hour", "megawatt-hours", "megawatt hours", "megawatt - hours", "mwh"]),
  entry("GWh", "energy", ["gigawatt-hour", "gigawatt-hours", "gigawatt hours", "gigawatt - hours", "gwh"]),
  entry("TWh", "energy", ["terawatt-hour", "terawatt-hours", "terawatt hours", "terawatt - hours", "twh"]),
  entry("kcal", "energy", ["kilocalorie", "kilocalories", "kcal", "calories"]),
  // data
  entry("B", "data", ["byte", "bytes"]),
  entry("KB", "data", ["kilobyte", "kilobytes", "kb"]),
  entry("MB", "data", ["megabyte", "megabytes", "mb"]),
  entry("GB", "data", ["gigabyte", "gigabytes", "gb", "gig", "gigs"]),
  entry("TB", "data", ["terabyte", "terabytes", "tb"]),
  entry("PB", "data", ["petabyte", "petabytes", "pb"]),
  entry("Mbps", "data", ["megabits per second", "mbps", "mbit / s", "mb / s"]),
  entry("Gbps", "data", ["gigabits per second", "gbps", "gbit / s", "gb / s"]),
  entry("GHz", "other", ["gigahertz", "ghz"]),
  entry("MHz", "other", ["megahertz", "mhz"]),
  // temperature
  entry("°C", "temperature", ["° c", "°c", "degrees celsius", "degree celsius", "degrees centigrade", "celsius", "centigrade", "degrees c"]),
  entry("°F", "temperature", ["° f", "°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "degrees f"]),
  entry("°", "temperature", ["°", "degrees", "degree"]),
  // other
  entry("M", "other", ["magnitude"]),
  entry("×", "other", ["-fold", "fold"])
]

/** Units written before the number (`a magnitude 7.8 earthquake`). */
export const prefixMeasureUnits: ReadonlyArray<UnitEntry> = [
  entry("M", "other", ["magnitude", "magnitude-", "richter magnitude"])
]

/** Time units: a figure measured in them is a duration (not a claim) unless it is a rate's denominator. */
export const timeUnits: Readonly<Record<string, string>> = {
  second: "second", seconds: "second", sec: "second", secs: "second",
  minute: "minute", minutes: "minute", min: "minute", mins: "minute",
  hour: "hour", hours: "hour", hr: "hour", hrs: "hour",
  day: "day", days: "day", night: "night", nights: "night",
  week: "week", weeks: "week", weekend: "weekend", weekends: "weekend", fortnight: "fortnight", fortnights: "fortnight",
  month: "month", months: "month",
  quarter: "quarter",
  year: "year", years: "year", yr: "year", yrs: "year",
  decade: "decade", decades: "decade",
  century: "century", centuries: "century",
  millennium: "millennium", millennia: "millennium",
  term: "term", terms: "term", semester: "semester", season: "season", seasons: "season", session: "session", sessions: "session"
}

/** Time units that may close a rate (`30 miles a day`, `between 40 and 100 per day`). */
export const rateTimeUnits: Readonly<Record<string, string>> = {
  second: "second", minute: "minute", hour: "hour", day: "day", night: "night", week: "week", month: "month",
  year: "year", annum: "year", decade: "decade", quarter: "quarter"
}

/** Words that open a rate's time word: `a day`, `per day`, `each day`, `every day`, `/day`. */
export const rateMarkers: ReadonlySet<string> = new Set(["a", "an", "per", "each", "every", "/"])

/** Single words that are a rate on their own. */
export const rateAdverbs: Readonly<Record<string, string>> = {
  daily: "day", weekly: "week", monthly: "month", annually: "year", yearly: "year", hourly: "hour", nightly: "night"
}

/**
 * Money. `prefix` forms stand before the number (`$`, `US$`, `USD`, `€`), `names` after it
 * (`dollars`, `pesos`). A name may be narrowed by a modifier before it (`Canadian dollars`).
 */
export interface CurrencyEntry {
  readonly code: string
  /** symbol forms, matched as written but case-insensitively, before the number (or after it: `10 €`) */
  readonly symbols?: ReadonlyArray<string>
  /** nouns after the number, lower case */
  readonly names?: ReadonlyArray<string>
  /** modifiers that pick this code for a shared name: `australian dollars` */
  readonly modifiers?: ReadonlyArray<{ readonly modifier: string; readonly names: ReadonlyArray<string> }>
  /** accept the name only with a scale word before it (`361 million pounds`): the bare word is ambiguous */
  readonly nameNeedsScale?: ReadonlyArray<string>
}

export const currencies: ReadonlyArray<CurrencyEntry> = [
  {
    code: "USD",
    symbols: ["$", "us$", "us $", "u.s.$", "u.s. $", "u.s $", "u . s . $", "usd$", "usd $"],
    names: ["dollar", "dollars", "bucks", "greenbacks"],
    modifiers: [
      { modifier: "us", names: ["dollar", "dollars"] },
      { modifier: "u.s.", names: ["dollar", "dollars"] },
      { modifier: "u . s .", names: ["dollar", "dollars"] },
      { modifier: "american", names: ["dollar", "dollars"] },
      { modifier: "united states", names: ["dollar", "dollars"] }
    ]
  },
  { code: "CAD", symbols: ["c$", "c $", "ca$", "cad$", "can$", "cdn$"], modifiers: [{ modifier: "canadian", names: ["dollar", "dollars"] }] },
  { code: "AUD", symbols: ["a$", "au$", "aud$", "aud $"], modifiers: [{ modifier: "australian", names: ["dollar", "dollars"] }] },
  { code: "NZD", symbols: ["nz$", "nzd$"], modifiers: [{ modifier: "new zealand", names: ["dollar", "dollars"] }] },
  { code: "HKD", symbols: ["hk$", "hk $", "hkd$"], modifiers: [{ modifier: "hong kong", names: ["dollar", "dollars"] }] },
  { code: "SGD", symbols: ["s$", "sgd$"], modifiers: [{ modifier: "singapore", names: ["dollar", "dollars"] }] },
  { code: "TWD", symbols: ["nt$"], modifiers: [{ modifier: "taiwan", names: ["dollar", "dollars"] }, { modifier: "new taiwan", names: ["dollar", "dollars"] }] },
  { code: "ZWL", modifiers: [{ modifier: "zimbabwe", names: ["dollar", "dollars"] }, { modifier: "zimbabwean", names: ["dollar", "dollars"] }] },
  { code: "JMD", modifiers: [{ modifier: "jamaican", names: ["dollar", "dollars"] }] },
  {
    code: "MXN",
    symbols: ["mex$", "mx$", "mxn$", "mxn $", "mex $"],
    names: ["peso", "pesos"],
    modifiers: [{ modifier: "mexican", names: ["peso", "pesos"] }]
  },
  { code: "ARS", modifiers: [{ modifier: "argentine", names: ["peso", "pesos"] }, { modifier: "argentinian", names: ["peso", "pesos"] }] },
  { code: "COP", modifiers: [{ modifier: "colombian", names: ["peso", "pesos"] }] },
  { code: "CLP", modifiers: [{ modifier: "chilean", names: ["peso", "pesos"] }] },
  { code: "PHP", symbols: ["₱"], modifiers: [{ modifier: "philippine", names: ["peso", "pesos"] }] },
  { code: "CUP", modifiers: [{ modifier: "cuban", names: ["peso", "pesos"] }] },
  { code: "DOP", modifiers: [{ modifier: "dominican", names: ["peso", "pesos"] }] },
  { code: "EUR", symbols: ["€", "eur"], names: ["euro", "euros"] },
  {
    code: "GBP",
    symbols: ["£", "gbp", "stg"],
    names: ["sterling", "pounds sterling", "pound sterling", "quid"],
    modifiers: [{ modifier: "british", names: ["pound", "pounds"] }],
    nameNeedsScale: ["pound", "pounds"]
  },
  { code: "EGP", modifiers: [{ modifier: "egyptian", names: ["pound", "pounds"] }] },
  { code: "LBP", modifiers: [{ modifier: "lebanese", names: ["pound", "pounds"] }] },
  { code: "JPY", symbols: ["¥", "jpy", "円"], names: ["yen"], modifiers: [{ modifier: "japanese", names: ["yen"] }] },
  { code: "CNY", symbols: ["cny", "rmb", "元", "cn¥"], names: ["yuan", "renminbi", "rmb"], modifiers: [{ modifier: "chinese", names: ["yuan"] }] },
  { code: "INR", symbols: ["₹", "rs", "rs .", "inr"], names: ["rupee", "rupees"], modifiers: [{ modifier: "indian", names: ["rupee", "rupees"] }] },
  { code: "PKR", modifiers: [{ modifier: "pakistani", names: ["rupee", "rupees"] }] },
  { code: "LKR", symbols: ["ரூ", "lkr"], modifiers: [{ modifier: "sri lankan", names: ["rupee", "rupees"] }] },
  { code: "CHF", symbols: ["chf", "sfr"], names: ["franc", "francs"], modifiers: [{ modifier: "swiss", names: ["franc", "francs"] }] },
  { code: "FRF", modifiers: [{ modifier: "french", names: ["franc", "francs"] }] },
  { code: "XOF", modifiers: [{ modifier: "cfa", names: ["franc", "francs"] }] },
  { code: "BRL", symbols: ["r$", "brl"], names: ["real", "reais", "reals"], modifiers: [{ modifier: "brazilian", names: ["real", "reais", "reals"] }] },
  { code: "RUB", symbols: ["₽", "rub"], names: ["rouble", "roubles", "ruble", "rubles"] },
  { code: "TRY", symbols: ["₺", "try"], names: ["lira", "liras", "lire"], modifiers: [{ modifier: "turkish", names: ["lira", "liras"] }] },
  { code: "KRW", symbols: ["₩", "krw"], names: ["won"], modifiers: [{ modifier: "south korean", names: ["won"] }, { modifier: "korean", names: ["won"] }] },
  { code: "ZAR", symbols: ["zar"], names: ["rand"], modifiers: [{ modifier: "south african", names: ["rand"] }] },
  { code: "ILS", symbols: ["₪", "nis", "ils"], names: ["shekel", "shekels", "new shekels"] },
  { code: "UAH", symbols: ["₴", "uah"], names: ["hryvnia", "hryvnias", "hryvnas"] },
  { code: "NGN", symbols: ["₦", "ngn"], names: ["naira"] },
  { code: "KES", symbols: ["ksh", "kes"], modifiers: [{ modifier: "kenyan", names: ["shilling", "shillings"] }] },
  { code: "IDR", symbols: ["rp", "idr"], names: ["rupiah"] },
  { code: "MYR", symbols: ["rm", "myr"], names: ["ringgit"] },
  { code: "THB", symbols: ["฿", "thb"], names: ["baht"] },
  { code: "VND", symbols: ["₫", "vnd"], names: ["dong"] },
  { code: "PLN", symbols: ["zł", "pln"], names: ["zloty", "zlotys", "zlotych"] },
  { code: "SEK", symbols: ["sek"], modifiers: [{ modifier: "swedish", names: ["krona", "kronor", "crowns"] }] },
  { code: "NOK", symbols: ["nok"], modifiers: [{ modifier: "norwegian", names: ["krone", "kroner", "crowns"] }] },
  { code: "DKK", symbols: ["dkk"], modifiers: [{ modifier: "danish", names: ["krone", "kroner", "crowns"] }] },
  { code: "CZK", symbols: ["czk", "kč"], modifiers: [{ modifier: "czech", names: ["koruna", "crowns"] }] },
  { code: "HUF", symbols: ["huf"], names: ["forint", "forints"] },
  { code: "AED", symbols: ["aed"], names: ["dirham", "dirhams"] },
  { code: "SAR", symbols: ["sar"], names: ["riyal", "riyals"], modifiers: [{ modifier: "saudi", names: ["riyal", "riyals"] }] },
  { code: "IRR", names: ["rial", "rials"], modifiers: [{ modifier: "iranian", names: ["rial", "rials"] }] },
  { code: "VES", names: ["bolivar", "bolivars", "bolívares", "bolivares"] },
  { code: "GTQ", names: ["quetzal", "quetzales", "quetzals"] },
  { code: "HNL", names: ["lempira", "lempiras"] },
  { code: "CRC", symbols: ["₡", "crc"], names: ["colon", "colones"] },
  { code: "GEL", symbols: ["₾", "gel"], names: ["lari"] },
  { code: "LAK", symbols: ["₭", "lak"], names: ["kip"] },
  { code: "FIM", names: ["markka", "markkaa"], modifiers: [{ modifier: "finnish", names: ["markka", "markkaa"] }] },
  { code: "ESP", names: ["peseta", "pesetas"] },
  { code: "NLG", names: ["guilder", "guilders"], modifiers: [{ modifier: "dutch", names: ["guilder", "guilders"] }] },
  { code: "DEM", names: ["mark", "marks", "deutsche mark", "deutsche marks", "deutschmarks"] },
  { code: "BTC", symbols: ["₿", "btc", "xbt"], names: ["bitcoin", "bitcoins"] },
  { code: "ETH", symbols: ["eth"], names: ["ether"] }
]

/**
 * ISO codes recognised before or after a number (`USD 200`, `200 USD`, `USD115`) and, with an `M`
 * prefix, in millions (`30 MUSD`, `MAUD 60`). Symbols above are tried first.
 */
export const isoCodes: ReadonlyArray<string> = [
  "USD", "EUR", "GBP", "MXN", "CAD", "AUD", "NZD", "HKD", "SGD", "JPY", "CNY", "INR", "CHF", "BRL", "RUB", "TRY",
  "KRW", "ZAR", "ILS", "NGN", "KES", "IDR", "MYR", "THB", "VND", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "AED",
  "SAR", "ARS", "COP", "CLP", "PHP", "PEN", "GTQ", "HNL", "CRC", "GEL", "LAK", "LKR", "PKR", "EGP", "UAH", "TWD"
]

/** A code prefix meaning "million" (`MUSD`, `MEUR`). */
export const millionCodePrefix = "M"

/** Minor units: a figure in them is converted into the major unit (`50 cents` -> 0.5 USD). */
export interface MinorCurrency {
  readonly names: ReadonlyArray<string>
  readonly code: string
  readonly factor: number
}

export const minorCurrencies: ReadonlyArray<MinorCurrency> = [
  { names: ["cent", "cents", "¢"], code: "USD", factor: 0.01 },
  { names: ["penny", "pence", "p"], code: "GBP", factor: 0.01 },
  { names: ["centavo", "centavos"], code: "MXN", factor: 0.01 },
  { names: ["kopeck", "kopecks", "kopek", "kopeks"], code: "RUB", factor: 0.01 },
  { names: ["satoshi", "satoshis", "sats"], code: "BTC", factor: 1e-8 }
]
