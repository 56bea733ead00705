package id.akuntara.keycloak;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * JSON of the admin client's representations, with the Jackson that core already brings: registered on the
 * server's RESTEasy client instead of the admin client's own {@code JacksonProvider} (which extends RESTEasy's
 * provider and would mix the server module's Jackson classes with ours). Same settings as that provider: unknown
 * properties ignored (a newer Keycloak adds fields), nulls not written. Plain strings, bytes and streams are left to
 * RESTEasy's built-in providers (e.g. the raw user id that "add member" posts).
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public final class JsonKeycloak implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private static final Set<Class<?>> BUKAN_JSON = Set.of(String.class, byte[].class, char[].class);

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    static boolean json(Class<?> type, MediaType mediaType) {
        return mediaType != null && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"))
                && !BUKAN_JSON.contains(type) && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type) && !jakarta.ws.rs.core.Response.class.isAssignableFrom(type)
                && !MultivaluedMap.class.isAssignableFrom(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json(type, mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws java.io.IOException {
        return json.readValue(entityStream, json.getTypeFactory().constructType(genericType != null ? genericType : type));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json(type, mediaType);
    }

    @Override
    public void writeTo(Object o, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws java.io.IOException {
        json.writeValue(new java.io.FilterOutputStream(entityStream) {
            @Override
            public void close() throws java.io.IOException {
                flush(); // the stream belongs to RESTEasy
            }
        }, o);
    }
}
