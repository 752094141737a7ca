import { v5 as uuidv5 } from 'uuid';

/** Namespace of the name-based ids below (a fixed random UUID; changing it changes every development subject). */
const SUBJECT_NAMESPACE = '6f0c1a52-3e1b-4d0e-9a57-2b8f1d4c9e21';

/**
 * The stable `sub` of a realm user that has no `id` in realm.json: a UUID v5 of the realm and user name, so that
 * rows written with `created_by = sub` still point at the same person after the development issuer restarts.
 */
export function developmentSubject(realm: string, username: string): string {
  return uuidv5(`${realm}/${username}`, SUBJECT_NAMESPACE);
}
