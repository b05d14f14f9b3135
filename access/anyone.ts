import type { Access } from 'payload'

/** Public catalogs (administrative units, fields, agencies) are open to everyone. */
export const anyone: Access = () => true
