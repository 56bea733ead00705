package id.akuntara.core.application.perjanjian;

/** The unit a PK belongs to: its code and name. */
public record UnitPk(String kode, String nama) {
}
