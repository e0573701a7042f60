/**
 * Persistence of the engine: JPA entities (private to the engine, never exported) and the
 * versioned schema migrations. Ids are generated in Java (UUID) because database-generated
 * identities were seen to collide under concurrency on this stack (stack-notes trap 17).
 */
package cn.lyg.talent.engine.internal.store;
