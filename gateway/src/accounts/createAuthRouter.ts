import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import cookieParser from 'cookie-parser';
import express, { Router, type CookieOptions, type Request, type RequestHandler, type Response } from 'express';
import { z, type ZodType } from 'zod';
import { accountView, type AccountRecord } from './Account';
import type { AccountAdministration } from './AccountAdministration';
import { sendError } from './sendError';
import type { OidcSignIn } from './oidc/OidcSignIn';
import type { Session, SignInService } from './SignInService';

export const REFRESH_COOKIE = 'zsgk_refresh';
export const CSRF_HEADER = 'x-zsgk-csrf';
/** Holds the `state` of an OpenID Connect sign-in between the redirect and the callback. */
export const OIDC_STATE_COOKIE = 'zsgk_oidc';

export interface AuthRouterDeps {
  signIn: SignInService;
  administration: AccountAdministration;
  /** Verifies the bearer token into res.locals.identity (the gateway's `authenticate`). */
  authenticate: RequestHandler;
  /** Browser origins allowed to sign in and use the refresh cookie (the console's). */
  consoleOrigins: string[];
  /** Sends the refresh cookie with `Secure` (production, behind HTTPS). */
  secureCookies: boolean;
  /** Sign-in through the bureau's identity provider: GET /auth/oidc/start and /auth/oidc/callback. */
  oidc?: OidcSignIn;
}

const text = (label: string, max: number) => z.string({ required_error: `缺少${label}`, invalid_type_error: `${label}必须是文字` }).max(max, `${label}过长`);
const signInBody = z.object({ username: text('用户名', 100).min(1, '请输入用户名'), password: text('密码', 200).min(1, '请输入密码') });
const passwordBody = z.object({ currentPassword: text('当前密码', 200), newPassword: text('新密码', 200) });
const resetBody = z.object({ password: text('密码', 200) });
const newAccountBody = z.object({
  username: text('用户名', 40).regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,39}$/, '用户名为 3–40 个字母、数字、点、下划线或连字符，以字母或数字开头'),
  displayName: text('姓名', 40).trim().min(1, '请输入姓名'),
  role: z.enum(['BUREAU', 'SCHOOL'], { errorMap: () => ({ message: '角色必须是 BUREAU（教育局）或 SCHOOL（学校）' }) }),
  schoolId: text('学校标识码', 10).regex(/^\d{10}$/, '学校标识码必须是 10 位数字').optional(),
  password: text('密码', 200),
});

/**
 * /auth routes of the embedded directory (see the README's "Accounts"). The refresh cookie is HttpOnly,
 * SameSite=Strict and scoped to /auth; the routes that act on it also need the `x-zsgk-csrf: 1` header
 * (which a cross-site form cannot send, and a cross-origin script only after a CORS preflight the
 * gateway grants the console alone) and, when the browser sends an Origin, one of the console's.
 */
export function createAuthRouter(deps: AuthRouterDeps): Router {
  const router = Router();
  const origins = new Set(deps.consoleOrigins);
  const cookie: CookieOptions = { httpOnly: true, sameSite: 'strict', path: '/auth', secure: deps.secureCookies };

  const fromConsole: RequestHandler = (req, res, next) => {
    const origin = req.header('origin');
    if (origin && !origins.has(origin)) return sendError(res, new AppError('FORBIDDEN', `不接受来自 ${origin} 的登录请求`, { path: 'origin' }));
    next();
  };
  const csrf: RequestHandler = (req, res, next) => {
    if (req.header(CSRF_HEADER) !== '1') return sendError(res, new AppError('FORBIDDEN', `请求缺少请求头 ${CSRF_HEADER}: 1`, { path: CSRF_HEADER }));
    next();
  };
  const handle = (work: (req: Request, res: Response) => Promise<void>): RequestHandler => (req, res) => work(req, res).catch((error) => sendError(res, error));
  const sendSession = (res: Response, session: Session) => {
    res.cookie(REFRESH_COOKIE, session.refreshToken, { ...cookie, expires: session.refreshExpiresAt });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ accessToken: session.accessToken, expiresAt: session.expiresAt, account: session.account });
  };
  const refreshToken = (req: Request) => (req.cookies as Record<string, string | undefined>)[REFRESH_COOKIE];
  const caller = (res: Response) => deps.signIn.accountOf(res.locals.identity as Identity);
  const bureau = async (res: Response): Promise<AccountRecord> => {
    const account = await caller(res);
    if (account.role !== 'BUREAU') throw new AppError('FORBIDDEN', '只有教育局账号可以管理账号', { path: 'authorization' });
    return account;
  };

  router.use(express.json({ limit: '16kb' }), cookieParser());

  router.post('/sign-in', fromConsole, handle(async (req, res) => {
    const body = parse(signInBody, req.body);
    sendSession(res, await deps.signIn.signIn(body.username, body.password, req.ip));
  }));
  router.post('/refresh', fromConsole, csrf, handle(async (req, res) => {
    try {
      sendSession(res, await deps.signIn.refresh(refreshToken(req), req.ip));
    } catch (error) {
      res.clearCookie(REFRESH_COOKIE, cookie);
      throw error;
    }
  }));
  // A sign-in through the identity provider is ended there too: the answer names the provider's
  // end-session URL for the console to open (a fetch cannot follow a redirect to another site).
  router.post('/sign-out', fromConsole, csrf, handle(async (req, res) => {
    const { idToken } = await deps.signIn.signOut(refreshToken(req), req.ip);
    res.clearCookie(REFRESH_COOKIE, cookie);
    const endSessionUrl = idToken && deps.oidc ? await deps.oidc.endSessionUrl(idToken) : null;
    if (endSessionUrl) res.setHeader('Cache-Control', 'no-store').json({ endSessionUrl });
    else res.status(204).end();
  }));
  router.get('/me', deps.authenticate, handle(async (_req, res) => {
    res.json({ account: accountView(await caller(res)) });
  }));
  router.post('/password', deps.authenticate, handle(async (req, res) => {
    const body = parse(passwordBody, req.body);
    await deps.signIn.changePassword(res.locals.identity as Identity, body.currentPassword, body.newPassword, refreshToken(req), req.ip);
    res.status(204).end();
  }));
  router.get('/accounts', deps.authenticate, handle(async (_req, res) => {
    res.json({ accounts: await deps.administration.list(await bureau(res)) });
  }));
  router.post('/accounts', deps.authenticate, handle(async (req, res) => {
    const actor = await bureau(res);
    res.status(201).json({ account: await deps.administration.create(actor, parse(newAccountBody, req.body), req.ip) });
  }));
  router.post('/accounts/:username/:action', deps.authenticate, handle(async (req, res) => {
    const actor = await bureau(res);
    const username = String(req.params.username);
    const action = req.params.action;
    if (action === 'disable' || action === 'enable') {
      res.json({ account: await deps.administration.setDisabled(actor, username, action === 'disable', req.ip) });
    } else if (action === 'reset-password') {
      res.json({ account: await deps.administration.resetPassword(actor, username, parse(resetBody, req.body).password, req.ip) });
    } else {
      throw new AppError('NOT_FOUND', `没有账号操作 ${String(action)}（可用：disable、enable、reset-password）`, { path: 'action' });
    }
  }));
  if (deps.oidc) {
    const oidc = deps.oidc;
    // Lax: the cookie must come back on the provider's top-level redirect to the callback.
    const stateCookie: CookieOptions = { httpOnly: true, sameSite: 'lax', path: '/auth/oidc', secure: deps.secureCookies };
    router.get('/oidc/start', handle(async (_req, res) => {
      const { url, state } = await oidc.start();
      res.cookie(OIDC_STATE_COOKIE, state, { ...stateCookie, maxAge: 10 * 60_000 }).redirect(303, url);
    }));
    router.get('/oidc/callback', async (req, res) => {
      res.clearCookie(OIDC_STATE_COOKIE, stateCookie);
      const back = new URL(oidc.options.returnUrl);
      try {
        const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
        const session = await oidc.finish(query, (req.cookies as Record<string, string | undefined>)[OIDC_STATE_COOKIE], req.ip);
        res.cookie(REFRESH_COOKIE, session.refreshToken, { ...cookie, expires: session.refreshExpiresAt });
      } catch (error) {
        const known = error instanceof AppError && error.safe;
        if (!known || error.cause) console.error('[gateway] OpenID Connect sign-in failed', error);
        back.searchParams.set('signInError', known ? error.code : 'INTERNAL_SERVER_ERROR');
      }
      res.redirect(303, back.href);
    });
  }
  return router;
}

/** The body as the schema says, or BAD_USER_INPUT naming the first wrong field in Chinese. */
function parse<T>(schema: ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.path.length === 0) throw new AppError('BAD_USER_INPUT', '请求体必须是 JSON 对象', { path: 'body' });
  throw new AppError('BAD_USER_INPUT', issue.message, { path: issue.path.join('.') });
}
