package id.akuntara.web.rest.pengguna;

import java.util.List;

/** The body of {@code PUT /api/v1/pengguna/{id}/peran}: the user's new roles (all of them). */
public record IsianPeran(List<String> peran) {
}
