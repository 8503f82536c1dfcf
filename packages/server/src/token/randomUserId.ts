/**
 * A random base36 user id, as Zoom's auth sample gives a caller who names none. Zoom wants `user_id` unique per user
 * within a session, so it comes from the platform's CSPRNG rather than `Math.random`. 96 bits, 20 characters.
 */
export function randomUserId(): string {
  const words = crypto.getRandomValues(new Uint32Array(3))
  return Array.from(words, (word) => word.toString(36).padStart(7, '0'))
    .join('')
    .slice(0, 20)
}
