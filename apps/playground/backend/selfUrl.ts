import type { AddressInfo } from 'node:net'

/**
 * The URL this server can call itself at (webhooks and REST go to the emulator it mounts). A wildcard bind address is
 * not a destination, so it becomes the loopback address of its family.
 *
 * @example
 * selfUrl({ address: '0.0.0.0', family: 'IPv4', port: 5173 }) // 'http://127.0.0.1:5173'
 * selfUrl({ address: '::', family: 'IPv6', port: 5173 }) // 'http://[::1]:5173'
 */
export function selfUrl(address: AddressInfo): string {
  const ipv6 = address.family === 'IPv6' || address.address.includes(':')
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address
  return `http://${ipv6 ? `[${host}]` : host}:${address.port}`
}
