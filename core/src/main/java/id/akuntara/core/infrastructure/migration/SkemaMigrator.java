package id.akuntara.core.infrastructure.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Map;

/**
 * Brings the Akuntara schema to the newest version with Flyway (scripts in {@code db/migration}).
 * Runs as the schema owner before the application server starts, because the persistence unit
 * starts before any start-up bean could migrate (see docs/architecture.md). The application's own
 * database role ({@code appRole}) receives only data privileges, never ownership, so row-level
 * security applies to it.
 */
public final class SkemaMigrator {

    private SkemaMigrator() {
    }

    /**
     * @param url      JDBC URL of the Akuntara database
     * @param owner    role that owns the schema
     * @param password its password
     * @param appRole  role the application connects as
     * @return the schema version after migration
     */
    public static String migrate(String url, String owner, String password, String appRole) {
        MigrateResult result = Flyway.configure(SkemaMigrator.class.getClassLoader())
                .dataSource(url, owner, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole))
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}
