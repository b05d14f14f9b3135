/**
 * Procedures that citizens do most often (births, marriages, deaths, ID cards, passports,
 * household businesses, criminal records, vehicles): shown first on the home page and always
 * prerendered. A CMS-editable list replaces this default later.
 */
export const popularProcedureCodes = ['1.001193', '1.000894', '1.000656', '1.001247', '1.001456', '3.000333', '1.001612', '1.012575']
