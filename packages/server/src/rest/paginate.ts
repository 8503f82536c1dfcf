import { CobrowseRestError } from './CobrowseRestError.js'
import type { PageCursor } from './restPage.js'

/**
 * Walks a cursor-paged listing: fetches the first page, yields its items, and follows `next_page_token` until Zoom
 * returns it empty or absent. A token seen twice ends the walk with `invalid_response` instead of looping forever.
 * Nothing is fetched until the first item is asked for, and breaking out of `for await` fetches no further page.
 */
export async function* paginate<Page extends PageCursor, Item>(
  fetchPage: (nextPageToken: string | undefined) => Promise<Page>,
  itemsOf: (page: Page) => readonly Item[],
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set<string>()
  let token: string | undefined
  do {
    const page = await fetchPage(token)
    yield* itemsOf(page)
    token = page.next_page_token || undefined
    if (token !== undefined) {
      if (seen.has(token)) {
        throw new CobrowseRestError('invalid_response', 'Zoom returned a next_page_token it had returned before.', {
          hint: 'Paging would never end; restart the listing, and report it if it happens again.',
        })
      }
      seen.add(token)
    }
  } while (token !== undefined)
}
