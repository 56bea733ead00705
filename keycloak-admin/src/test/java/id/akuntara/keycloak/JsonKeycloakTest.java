package id.akuntara.keycloak;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin client's JSON on core's Jackson: representations both ways, raw strings left to RESTEasy. */
class JsonKeycloakTest {

    private final JsonKeycloak json = new JsonKeycloak();

    @Test
    void stringTidakDitanganiAgarIdAnggotaTerkirimMentah() {
        // "add member" posts the user id as a bare string with Content-Type application/json
        assertFalse(json.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(json.isReadable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(json.isWriteable(UserRepresentation.class, UserRepresentation.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(json.isReadable(UserRepresentation.class, UserRepresentation.class, null, MediaType.TEXT_PLAIN_TYPE));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void daftarAnggotaDenganFieldBaruTetapTerbaca() throws Exception {
        // a newer Keycloak adds fields the 26.0 client does not know: they are ignored
        String isi = "[{\"id\":\"a1\",\"username\":\"operator.klungkung\",\"enabled\":true,\"membershipType\":\"UNMANAGED\","
                + "\"attributes\":{\"nip\":[\"196410281990031009\"]},\"fieldBaruKeycloak\":{\"x\":1}}]";
        Object hasil = json.readFrom((Class) List.class,
                new java.lang.reflect.ParameterizedType() {
                    public java.lang.reflect.Type[] getActualTypeArguments() {
                        return new java.lang.reflect.Type[] {MemberRepresentation.class};
                    }

                    public java.lang.reflect.Type getRawType() {
                        return List.class;
                    }

                    public java.lang.reflect.Type getOwnerType() {
                        return null;
                    }
                }, null, MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(isi.getBytes(StandardCharsets.UTF_8)));
        List<MemberRepresentation> anggota = (List<MemberRepresentation>) hasil;
        assertEquals("operator.klungkung", anggota.get(0).getUsername());
        assertEquals(List.of("196410281990031009"), anggota.get(0).getAttributes().get("nip"));
    }

    @Test
    void nullTidakDitulis() throws Exception {
        UserRepresentation u = new UserRepresentation();
        u.setUsername("uji");
        u.setEnabled(false);
        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        json.writeTo(u, UserRepresentation.class, UserRepresentation.class, null, MediaType.APPLICATION_JSON_TYPE, null, keluar);
        String teks = keluar.toString(StandardCharsets.UTF_8);
        assertTrue(teks.contains("\"username\":\"uji\"") && teks.contains("\"enabled\":false"), teks);
        assertFalse(teks.contains("null") || teks.contains("\"email\""), teks);
    }
}
