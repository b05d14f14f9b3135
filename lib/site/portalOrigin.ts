/** The public origin of the portal (PUBLIC_URL in production), without a trailing slash; for links outside a page (e-mails, PDFs). */
export const portalOrigin = () => (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')
