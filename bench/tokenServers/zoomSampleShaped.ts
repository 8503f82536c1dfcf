import cors from 'cors'
import express from 'express'
import jsrsasign from 'jsrsasign'

// The benchmark's reference: a token endpoint built the way Zoom's auth endpoint sample builds one (Express,
// `cors()`, `express.json()`, field checks, then jsrsasign's KJUR.jws.JWS.sign with HS256). Written for this
// benchmark from the sample's documented behaviour; it is not the sample's code.
// Prints `listening <port>` once ready; stops on SIGTERM.

const SDK_KEY = process.env.BENCH_SDK_KEY ?? 'bench-key'
const SDK_SECRET = process.env.BENCH_SDK_SECRET ?? 'bench-secret'

interface Problem {
  property: string
  reason: string
}

function toInt(value: unknown): unknown {
  return typeof value === 'string' ? Number.parseInt(value, 10) : value
}

const app = express()
app.use(cors())
app.use(express.json())

app.post('/', (req, res) => {
  const body = (req.body ?? {}) as Record<string, unknown>
  const role = toInt(body.role)
  const expirationSeconds = toInt(body.expirationSeconds)
  const problems: Problem[] = []
  if (role !== 1 && role !== 2) problems.push({ property: 'role', reason: 'must be 1 or 2' })
  for (const property of ['userId', 'userName']) {
    const value = body[property]
    if (value !== undefined && (typeof value !== 'string' || value.length > 35)) {
      problems.push({ property, reason: 'must be a string of at most 35 characters' })
    }
  }
  if (
    expirationSeconds !== undefined &&
    (typeof expirationSeconds !== 'number' || expirationSeconds < 1800 || expirationSeconds > 172800)
  ) {
    problems.push({ property: 'expirationSeconds', reason: 'must be between 1800 and 172800' })
  }
  if (problems.length > 0) {
    res.status(400).json({ errors: problems })
    return
  }
  const iat = Math.floor(Date.now() / 1000)
  const userId = typeof body.userId === 'string' ? body.userId : Math.random().toString(36).slice(2)
  const payload = {
    app_key: SDK_KEY,
    role_type: role,
    user_id: userId,
    user_name: typeof body.userName === 'string' ? body.userName : userId,
    iat,
    exp: iat + (typeof expirationSeconds === 'number' ? expirationSeconds : 7200),
  }
  const token = jsrsasign.KJUR.jws.JWS.sign(
    'HS256',
    JSON.stringify({ alg: 'HS256', typ: 'JWT' }),
    JSON.stringify(payload),
    SDK_SECRET,
  )
  res.json({ token })
})

const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
