import type { Access, CollectionConfig } from 'payload'
import { hasRole } from './roles'
import { ownedByScope } from './scopedContent'

const nobody: Access = () => false

/**
 * Dossiers and their timelines: read by the officers (and reviewers, agency administrators) of
 * the handling agency's tree, and by portal administrators. Nobody writes them through the API:
 * submission and every action go through lib/dossiers (one transaction, the state machine, the
 * timeline). Citizens reach their own dossiers through the portal's pages, never through Payload.
 */
export function dossierAccess(agencyField: string): CollectionConfig['access'] {
  return {
    read: async ({ req }) => (hasRole(req, 'admin', 'agencyAdmin', 'officer', 'reviewer') ? ownedByScope(req, agencyField) : false),
    create: nobody,
    update: nobody,
    delete: nobody,
  }
}
