/** Cache tags of public content: getters tag what they read, hooks revalidate what changed. */
export const tags = {
  procedures: 'procedures',
  procedure: (slug: string) => `procedure:${slug}`,
  catalogs: 'catalogs',
  sitemap: 'sitemap',
}
