import mongoose, { type Connection } from 'mongoose';

/**
 * Opens a mongoose connection to `uri`, using database `dbName` (each service owns one database).
 * Options stay within what FerretDB 1.x and MongoDB 7 both support.
 */
export async function connectMongo(uri: string, dbName: string): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    serverSelectionTimeoutMS: 5000,
    // FerretDB 1.x does not implement retryable writes' transaction numbers on SQLite.
    retryWrites: false,
    autoIndex: true,
  });
  await connection.asPromise();
  return connection;
}

/** True when the server answers a ping within the driver's selection timeout. */
export async function pingMongo(connection: Connection): Promise<boolean> {
  try {
    const db = connection.db;
    if (!db) return false;
    await db.admin().ping();
    return true;
  } catch {
    return false;
  }
}
