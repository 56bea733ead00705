package id.akuntara.core.infrastructure.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates, when missing, the roles and the database Akuntara runs on: an owner role that holds the
 * schema and runs Flyway, and the application's role without ownership and without BYPASSRLS, so
 * PostgreSQL's row-level security applies to every query the application makes. Used by the local
 * launcher and by the repository tests; production databases are prepared by their operators with
 * the same statements (docs/operations.md).
 */
public final class PenyiapanBasisData {

    private PenyiapanBasisData() {
    }

    /**
     * @param superuser a connection with the right to create roles and databases
     */
    public static void siapkan(Connection superuser, String database, String ownerRole, String appRole)
            throws SQLException {
        pastikanPeran(superuser, ownerRole, "");
        pastikanPeran(superuser, appRole, "NOBYPASSRLS");
        pastikanBasisData(superuser, database, ownerRole);
    }

    /** A login role whose password equals its name (local and test use only). */
    public static void pastikanPeran(Connection superuser, String role, String options) throws SQLException {
        if (!ada(superuser, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            try (Statement s = superuser.createStatement()) {
                s.execute("CREATE ROLE " + identifier(role) + " LOGIN PASSWORD '" + role + "' " + options);
            }
        }
    }

    public static void pastikanBasisData(Connection superuser, String database, String owner) throws SQLException {
        if (!ada(superuser, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
            try (Statement s = superuser.createStatement()) {
                s.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(owner) + " ENCODING 'UTF8'");
            }
        }
    }

    private static boolean ada(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Role and database names are fixed by the platform; anything else is refused, never quoted blindly. */
    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Nama peran/basis data tidak sah: " + name);
        }
        return name;
    }
}
