/**
 * The engine reaches nothing outside the page, by construction: right after it starts, DuckDB's
 * external access is switched off and its configuration locked, so no SQL can switch it on
 * again (`SET enable_external_access = true` and `SET lock_configuration = false` are refused).
 * The settings are the database's, so they hold for every connection to it.
 *
 * With external access off, DuckDB (1.4.3, in duckdb-wasm 1.32) refuses every file, the ones
 * registered from JavaScript too ("Permission Error: Cannot access file … file system operations
 * are disabled by configuration"), unless the path is in `allowed_paths` or under one of
 * `allowed_directories`, which can only be set before external access goes off. So files are
 * registered under one directory, FILES_DIR, allowed before the lock: `read_csv` reads them, and
 * nothing else (no URL, no other path; `..` is refused).
 */
import { sqlString } from './sql';

/** The only directory the engine may read: where files registered from JavaScript live. */
export const FILES_DIR = '/rutas-files/';

/** Run once, on the engine's first connection, before any other SQL. */
export const OFFLINE_SQL = [
  // Installing or loading an extension means a request to a remote repository: never.
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET allow_community_extensions = false',
  `SET allowed_directories = [${sqlString(FILES_DIR)}]`,
  'SET enable_external_access = false',
  // Last: from here on no setting can change, these included.
  'SET lock_configuration = true',
];

/**
 * Names of registered files and the paths the engine knows them by. Callers name a file as they
 * like (`dataset_demo.csv`); the connector registers it under FILES_DIR and writes that path in
 * place of the name's string literal in SQL it runs while the file is registered. A name already
 * under FILES_DIR is used as is.
 */
export class RegisteredFiles {
  private readonly paths = new Map<string, string>();

  /** The path `name` is registered under (remembered until `drop`). */
  add(name: string): string {
    const path = name.startsWith(FILES_DIR) ? name : FILES_DIR + name.replace(/^\/+/, '');
    this.paths.set(name, path);
    return path;
  }

  /** The path `name` was registered under, forgotten. */
  drop(name: string): string {
    const path = this.paths.get(name) ?? this.add(name);
    this.paths.delete(name);
    return path;
  }

  /** `sql` with each registered name's literal (as sqlString writes it) replaced by its path. */
  rewrite(sql: string): string {
    let out = sql;
    for (const [name, path] of this.paths) {
      if (name !== path) out = out.replaceAll(sqlString(name), sqlString(path));
    }
    return out;
  }
}
