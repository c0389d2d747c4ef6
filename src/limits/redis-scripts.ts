// Lua run atomically inside Redis, so replicas sharing one Redis count exactly. Every check gets
// three KEYS: a window uses (entries zset: id -> time, amounts hash: id -> amount, sum string); a
// budget uses only the first (its sum). ARGV: now, id, then per check: kind, limit, amount, window/expiry.

const EXPIRE_WINDOW = `
local function expire(z, h, s, cutoff)
  while true do
    local old = redis.call('ZRANGEBYSCORE', z, '-inf', cutoff, 'LIMIT', 0, 500)
    if #old == 0 then return end
    local amounts = redis.call('HMGET', h, unpack(old))
    local freed = 0
    for _, a in ipairs(amounts) do freed = freed + (tonumber(a) or 0) end
    redis.call('HDEL', h, unpack(old))
    redis.call('ZREM', z, unpack(old))
    if freed ~= 0 then redis.call('DECRBY', s, freed) end
  end
end
`;

export const ACQUIRE = `${EXPIRE_WINDOW}
local now = tonumber(ARGV[1])
local id = ARGV[2]
local n = (#ARGV - 2) / 4
local used, reset = {}, {}
for i = 1, n do
  local kind, limit, amount, span = ARGV[i*4-1], tonumber(ARGV[i*4]), tonumber(ARGV[i*4+1]), tonumber(ARGV[i*4+2])
  local z, h, s = KEYS[i*3-2], KEYS[i*3-1], KEYS[i*3]
  if kind == 'w' then
    expire(z, h, s, now - span)
    local cur = tonumber(redis.call('GET', s) or '0')
    used[i] = cur
    reset[i] = 0
    if cur + amount > limit then
      local wait = span
      if amount <= limit then
        local need, freed, start, found = cur + amount - limit, 0, 0, false
        while not found do
          local batch = redis.call('ZRANGE', z, start, start + 199, 'WITHSCORES')
          if #batch == 0 then break end
          local ids = {}
          for j = 1, #batch, 2 do ids[#ids + 1] = batch[j] end
          local amounts = redis.call('HMGET', h, unpack(ids))
          for j = 1, #ids do
            freed = freed + (tonumber(amounts[j]) or 0)
            if freed >= need then
              wait = math.max(0, tonumber(batch[j*2]) + span - now)
              found = true
              break
            end
          end
          start = start + 200
        end
      end
      return {0, i, cur, wait}
    end
  else
    local cur = tonumber(redis.call('GET', z) or '0')
    used[i] = cur
    reset[i] = 0
    if cur >= limit then return {0, i, cur, 0} end
  end
end
local out = {1, 0}
for i = 1, n do
  local kind, amount, span = ARGV[i*4-1], tonumber(ARGV[i*4+1]), tonumber(ARGV[i*4+2])
  local z, h, s = KEYS[i*3-2], KEYS[i*3-1], KEYS[i*3]
  if kind == 'w' then
    redis.call('ZADD', z, now, id)
    redis.call('HSET', h, id, amount)
    used[i] = redis.call('INCRBY', s, amount)
    for _, k in ipairs({z, h, s}) do redis.call('PEXPIRE', k, span + 60000) end
    local oldest = redis.call('ZRANGE', z, 0, 0, 'WITHSCORES')
    reset[i] = math.max(0, tonumber(oldest[2]) + span - now)
  end
  out[#out + 1] = used[i]
  out[#out + 1] = reset[i]
end
return out
`;

// ARGV: id, then per settlement: kind, amount, expiresAt (budgets; absolute ms).
export const SETTLE = `
local id = ARGV[1]
local n = (#ARGV - 1) / 3
for i = 1, n do
  local kind, amount, at = ARGV[i*3-1], tonumber(ARGV[i*3]), tonumber(ARGV[i*3+1])
  local z, h, s = KEYS[i*3-2], KEYS[i*3-1], KEYS[i*3]
  if kind == 'w' then
    local old = redis.call('HGET', h, id)
    if old then
      redis.call('HSET', h, id, amount)
      redis.call('INCRBY', s, amount - tonumber(old))
    end
  else
    redis.call('INCRBY', z, amount)
    redis.call('PEXPIREAT', z, at)
  end
end
return 1
`;
