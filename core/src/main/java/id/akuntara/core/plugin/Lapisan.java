package id.akuntara.core.plugin;

/** The configuration layer a setting comes from, lowest first: core defaults → plugin defaults → the pemda's own. */
public enum Lapisan {
    INTI, PLUGIN, PEMDA
}
