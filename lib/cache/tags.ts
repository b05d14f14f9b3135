/** Cache tags of public content: getters tag what they read, hooks revalidate what changed. */
export const tags = {
  procedures: 'procedures',
  procedure: (slug: string) => `procedure:${slug}`,
  /** Fields, agencies and administrative units. */
  catalogs: 'catalogs',
  lifeEvents: 'lifeEvents',
  faqs: 'faqs',
  decisions: 'publicationDecisions',
  hotlines: 'hotlines',
  pages: 'pages',
  sitemap: 'sitemap',
}
