import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { nationalPhone } from './phone'

/** Identity attributes as the provider asserted them. */
export interface AssertedIdentity {
  issuer: string
  subject: string
  personalId: string | null
  fullName: string | null
  birthDate: string | null
  gender: string | null
  phone: string | null
  email: string | null
  permanentAddress: string | null
  level: number
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 500) : null)

/** Reads the identity from ID token and UserInfo claims (standard OIDC names, the personal ID from its configured claim). */
export function identityFromClaims(claims: Record<string, unknown>, input: { issuer: string; personalIdClaim: string; level: number }): AssertedIdentity {
  const address = claims.address as { formatted?: unknown } | string | undefined
  const phone = text(claims.phone_number)
  return {
    issuer: input.issuer,
    subject: String(claims.sub),
    personalId: text(claims[input.personalIdClaim]),
    fullName: text(claims.name) ?? ([text(claims.family_name), text(claims.given_name)].filter(Boolean).join(' ') || null),
    birthDate: text(claims.birthdate),
    gender: text(claims.gender),
    // Vietnamese numbers are written nationally (0912…), whatever form the provider uses.
    phone: phone ? nationalPhone(phone) : null,
    email: text(claims.email),
    permanentAddress: typeof address === 'string' ? text(address) : text(address?.formatted),
    level: input.level,
  }
}

/**
 * Creates or refreshes the citizen for an identity, in one statement (two first sign-ins at once
 * cannot create two citizens). Contact preferences start from the identity and then stay the citizen's.
 */
export async function upsertCitizen(payload: Payload, identity: AssertedIdentity): Promise<number> {
  const result = (await payload.db.drizzle.execute(sql`
    INSERT INTO citizens (issuer, subject, personal_id, full_name, birth_date, gender, phone, email, permanent_address,
      assurance_level, last_sign_in_at, contact_email, contact_phone)
    VALUES (${identity.issuer}, ${identity.subject}, ${identity.personalId}, ${identity.fullName}, ${identity.birthDate}, ${identity.gender},
      ${identity.phone}, ${identity.email}, ${identity.permanentAddress}, ${identity.level}, now(), ${identity.email}, ${identity.phone})
    ON CONFLICT (issuer, subject) DO UPDATE SET
      personal_id = EXCLUDED.personal_id, full_name = EXCLUDED.full_name, birth_date = EXCLUDED.birth_date, gender = EXCLUDED.gender,
      phone = EXCLUDED.phone, email = EXCLUDED.email, permanent_address = EXCLUDED.permanent_address,
      assurance_level = EXCLUDED.assurance_level, last_sign_in_at = now(), updated_at = now()
    RETURNING id`)) as unknown as { rows: { id: number }[] }
  return result.rows[0]!.id
}
