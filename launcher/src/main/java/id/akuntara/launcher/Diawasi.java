package id.akuntara.launcher;

import java.util.function.Consumer;

/** A started server whose unexpected end the launcher must notice (PostgreSQL, Keycloak, WildFly). */
interface Diawasi {

    /**
     * Calls {@code onDeath} once, with one line naming the server and how it ended, if it ends before
     * {@code close()} was called. Called on a thread of its own.
     */
    void awasi(Consumer<String> onDeath);
}
