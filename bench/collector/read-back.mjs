// Reading back what a benchmark run stored: from the database itself, and from the report's health view.

/** Events stored in a database, read back from the database itself (not from the collector's answers). */
export async function countStoredIn(storage, dist) {
  if (storage.pg) return Number((await storage.pg.query('select count(*)::int as n from mj_events'))[0].n);
  const { openDatabase } = await dist('db/open-database.js');
  const db = await openDatabase({ dataDir: storage.dataDir });
  try {
    return (await db.query('select count(*)::int as n from mj_events'))[0].n;
  } finally {
    await db.close();
  }
}

/** What the collector's health view says it stored, or null when it does not answer. */
export async function healthStored(url) {
  try {
    const res = await fetch(`${url}/report/api/health`);
    return res.ok ? (await res.json()).stored : null;
  } catch {
    return null;
  }
}
