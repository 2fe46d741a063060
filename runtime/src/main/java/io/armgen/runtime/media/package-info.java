/**
 * Request and response bodies in each media type a Swagger operation may declare in
 * {@code consumes} and {@code produces}, one small class per media type: JSON (also
 * {@code application/merge-patch+json} and other {@code +json} types), text, binary (bytes or a
 * stream), XML, URL-encoded forms and multipart forms. A {@link io.armgen.runtime.media.RequestContent}
 * goes into {@code ArmRequest.Builder.content(...)}; a {@link io.armgen.runtime.media.ResponseContent}
 * reads the body in {@code ArmClientCore.exchange(...)}.
 */
package io.armgen.runtime.media;
