import type { IncomingMessage } from 'node:http'
import type { Middleware } from 'koa'
import type Provider from 'oidc-provider'
import { levelOf } from '@/lib/citizen/assurance'
import { errorPage, loginPage } from './pages'
import { findTestCitizen, testCitizens } from './testCitizens'

/**
 * The provider's sign-in pages (/interaction/:uid): GET shows the test citizens and the levels;
 * POST …/login signs the chosen citizen in at the chosen level; POST …/abort cancels, which the
 * service receives as `access_denied`.
 */
export function interactionRoutes(provider: Provider, levels: string[]): Middleware {
  return async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(ctx.path)
    if (!match) return next()
    const [, uid, action] = match
    ctx.set('Cache-Control', 'no-store')
    ctx.type = 'html'
    const details = await provider.interactionDetails(ctx.req, ctx.res).catch(() => undefined)
    if (!details || details.uid !== uid) {
      ctx.status = 400
      ctx.body = errorPage('Phiên đăng nhập đã hết hạn hoặc không hợp lệ.', 'Hãy quay lại dịch vụ và đăng nhập lại.')
      return
    }
    const finish = async (result: Parameters<Provider['interactionResult']>[2]) => {
      ctx.status = 303
      ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false }))
    }
    const requested = String(details.params.acr_values ?? '').split(' ').map((acr) => levelOf(acr, levels)).filter(Boolean)
    const render = (error?: string) =>
      loginPage({
        action: `/interaction/${uid}/login`,
        abortAction: `/interaction/${uid}/abort`,
        clientName: 'Cổng Dịch vụ công quốc gia',
        citizens: testCitizens,
        levels: levels.map((acr, index) => ({ acr, level: index + 1 })),
        requestedLevel: requested.length > 0 ? Math.min(...requested) : 1,
        error,
      })

    if (ctx.method === 'GET' && !action) {
      ctx.body = render()
      return
    }
    if (ctx.method !== 'POST' || !action) {
      ctx.status = 405
      ctx.body = errorPage('Phương thức không được hỗ trợ.')
      return
    }
    if (action === 'abort') {
      await finish({ error: 'access_denied', error_description: 'The citizen cancelled signing in.' })
      return
    }
    const form = new URLSearchParams(await readBody(ctx.req))
    const citizen = findTestCitizen(form.get('citizen') ?? '')
    const acr = form.get('acr') ?? ''
    if (!citizen || !levels.includes(acr)) {
      ctx.status = 400
      ctx.body = render('Chọn một công dân thử nghiệm và một mức độ định danh.')
      return
    }
    await finish({ login: { accountId: citizen.sub, acr, amr: ['pwd'] } })
  }
}

async function readBody(request: IncomingMessage, limit = 16_384): Promise<string> {
  let body = ''
  for await (const chunk of request) {
    body += String(chunk)
    if (body.length > limit) throw new Error('Form too large')
  }
  return body
}
