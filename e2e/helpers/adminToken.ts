import { type APIRequestContext, expect } from '@playwright/test'

/** Logs in to Payload's REST API as the administrator the e2e server creates; `origin` picks an instance. */
export async function adminToken(request: APIRequestContext, origin = ''): Promise<string> {
  const response = await request.post(`${origin}/api/users/login`, { data: { email: 'e2e-admin@portal.localhost', password: 'E2e-Kiem-thu-2026!' } })
  expect(response.ok()).toBeTruthy()
  return (await response.json()).token
}
