import type { Db } from './database.js';

/**
 * A query that runs on (nearly) every request, built once per database handle instead of on
 * every call: drizzle's query building cost about as much CPU as running the query. `build`
 * returns a drizzle prepared query (`.prepare(name)`, values as `sql.placeholder`s); PostgreSQL
 * then also parses it once per connection. A transaction's handle gets its own, bound to it.
 */
export function preparedPerHandle<Query>(build: (db: Db) => Query): (db: Db) => Query {
  const byHandle = new WeakMap<Db, Query>();
  return (db) => {
    let query = byHandle.get(db);
    if (!query) byHandle.set(db, (query = build(db)));
    return query;
  };
}
