'use client'

import './globals.css'

/**
 * Last resort when even the site layout failed: no translations are available here, so it
 * speaks both languages, and it links home with a full page load.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="vi">
      <body className="mx-auto max-w-2xl p-6 font-sans text-ink">
        <h1 className="mb-2 text-2xl font-bold">Đã có lỗi xảy ra</h1>
        <p className="mb-4">Cổng tạm thời không hiển thị được trang này. Vui lòng thử lại sau ít phút.</p>
        <h2 lang="en" className="mb-2 text-xl font-bold">
          Something went wrong
        </h2>
        <p lang="en" className="mb-4">
          The portal cannot show this page right now. Please try again in a few minutes.
        </p>
        {error.digest ? <p className="mb-4 text-sm">Mã lỗi / Reference: {error.digest}</p> : null}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="link">
          Trang chủ / Home
        </a>
      </body>
    </html>
  )
}
