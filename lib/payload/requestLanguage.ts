/** The language of a request to Payload: English when the staff member chose it in the admin, Vietnamese otherwise. */
export const requestLanguage = (req: { i18n?: { language?: string } }): 'vi' | 'en' => (req.i18n?.language === 'en' ? 'en' : 'vi')

/** A message in the request's language. */
export const say = (req: { i18n?: { language?: string } }, vi: string, en: string): string => (requestLanguage(req) === 'en' ? en : vi)
