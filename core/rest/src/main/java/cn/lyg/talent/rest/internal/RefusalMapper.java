package cn.lyg.talent.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import cn.lyg.talent.api.Refusal;

/** A service's refusal as problem+json: 422 for broken rules, 404, 409 or 403. */
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal r) {
        return Problems.of(new Problem(status(r.kind()), r.code(), r.messageZh(), r.messageEn(), r.fieldErrors()));
    }

    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
        };
    }
}
