package cn.lyg.talent.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import cn.lyg.talent.api.attachment.Attachment;
import cn.lyg.talent.api.attachment.AttachmentUpload;
import cn.lyg.talent.api.attachment.Attachments;

/**
 * A request's materials over HTTP (Art.6): the document is the body, as the phone's file picker
 * gives it ({@code Content-Type} its type, up to {@link Attachments#MAX_BYTES}); the answer is its
 * id, which the form's attachment field then takes.
 */
@Path("attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {
    static final String PATH = "attachments";
    private final Attachments attachments;

    public AttachmentResource(Attachments attachments) {
        this.attachments = attachments;
    }

    @POST
    @Consumes({"application/pdf", "image/jpeg", "image/jpg", "image/png"})
    public Response upload(@Context SecurityContext sc, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("talentId") String talentId,
            @QueryParam("fileName") String fileName, byte[] content) {
        AttachmentUpload in = new AttachmentUpload();
        in.talentId = talentId;
        in.fileName = fileName;
        in.contentType = contentType;
        in.content = content;
        Attachment a = attachments.upload(in, Params.actor(sc));
        return Response.created(uri.getAbsolutePathBuilder().path(a.id).build()).entity(a).build();
    }

    @GET
    @Path("{id}")
    public Attachment get(@Context SecurityContext sc, @PathParam("id") String id) {
        return attachments.get(id, Params.actor(sc));
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@Context SecurityContext sc, @PathParam("id") String id) {
        Attachment a = attachments.get(id, Params.actor(sc));
        byte[] content = attachments.content(id, Params.actor(sc));
        // Downloaded under its own name (RFC 6266/5987 for Chinese names, an ASCII one for old
        // clients), never opened as a page, and kept in no shared cache: it is a person's document.
        String name = URLEncoder.encode(a.fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        String ascii = a.fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return Response.ok(content, a.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }
}
