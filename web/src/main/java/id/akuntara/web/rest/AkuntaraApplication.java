package id.akuntara.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All REST resources live under {@code /api/v1/} (the API WAR has context root {@code /api}). */
@ApplicationPath("/v1")
public class AkuntaraApplication extends Application {
}
