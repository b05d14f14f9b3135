import { APIError, ValidationError } from 'payload'

/*
 * Errors whose message the API shows as it is. Their `name` is set by hand: in the production
 * build our code and Payload's error formatter can hold different copies of these classes
 * (bundled apart), so `instanceof` fails there and the formatter falls back on the error's name,
 * which minification leaves empty; the client then got "An unknown error occurred." instead of
 * the reason. With a name, the formatter answers { errors: [{ message }] }.
 */

/** A refusal with a precise message (403 outside one's scope, 401 a missing second factor, …). */
export function publicError(message: string, status: number, data?: Record<string, unknown>): APIError {
  const error = new APIError(message, status, data, true)
  error.name = 'APIError'
  return error
}

/** A field's value refused, with the reason as the message (the admin shows it on the field, or as a notice). */
export function fieldError(collection: string, path: string, message: string): ValidationError {
  const error = new ValidationError({ collection, errors: [{ path, message }] })
  error.name = 'ValidationError'
  error.message = message
  return error
}
