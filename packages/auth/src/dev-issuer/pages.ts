/** The development issuer's few HTML pages, Vietnamese first; no external resources, everything escaped. */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;padding:48px 16px;color:#1d2733}
main{max-width:360px;margin:0 auto;background:#fff;border-radius:8px;padding:24px 28px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
h1{font-size:1.35em;margin:0 0 4px}p.sub{color:#5b6775;margin:0 0 20px;font-size:.9em}
label{display:block;margin:12px 0 4px;font-weight:600}input{width:100%;box-sizing:border-box;padding:8px;font-size:1em}
button{margin-top:20px;width:100%;padding:10px;font-size:1em;background:#b4141e;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{background:#fdecea;color:#8a1c12;padding:8px 10px;border-radius:4px;margin-bottom:8px}
footer{margin-top:16px;font-size:.8em;color:#5b6775}`;

function page(title: string, body: string, extraHead = ''): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style>${extraHead}</head>
<body><main>${body}</main></body></html>`;
}

export const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng';

export function loginPage(input: { action: string; clientName: string; username?: string; error?: string }): string {
  const error = input.error ? `<div class="error" role="alert">${escapeHtml(input.error)}</div>` : '';
  return page(
    'Đăng nhập — Liên Thông',
    `<h1>Đăng nhập</h1><p class="sub">vào ${escapeHtml(input.clientName)} · Sign in</p>${error}
<form method="post" action="${escapeHtml(input.action)}" autocomplete="on">
<label for="username">Tên đăng nhập</label>
<input id="username" name="username" autocomplete="username" required autofocus value="${escapeHtml(input.username ?? '')}">
<label for="password">Mật khẩu</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button>
</form><footer>Máy chủ định danh dùng cho phát triển (dev) · Development identity provider</footer>`,
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

/**
 * The logout confirmation oidc-provider asks for, submitted at once: keycloak-js (like Keycloak with an
 * `id_token_hint`) expects a logout without a question. The button remains for browsers without scripts.
 */
export function logoutPage(form: string): string {
  const autoSubmit = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
  return page(
    'Đăng xuất — Liên Thông',
    `<h1>Đang đăng xuất…</h1><p class="sub">Signing out…</p>${autoSubmit}
<button type="submit" form="op.logoutForm">Đăng xuất</button>
<script>document.getElementById('op.logoutForm').submit()</script>`,
  );
}
