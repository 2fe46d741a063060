package io.armgen.runtime.media;

import io.armgen.runtime.http.RequestBody;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An HTML form body, {@code application/x-www-form-urlencoded}: {@code name=value} pairs joined by
 * {@code &}, both sides percent-encoded as UTF-8 (a space as {@code +}).
 *
 * <pre>{@code
 * FormContent.builder().field("pet_type", "dog").field("pet_age", 42).build();  // pet_type=dog&pet_age=42
 * }</pre>
 */
public final class FormContent implements RequestContent {
  /** The media type of this body. */
  public static final String APPLICATION_FORM_URLENCODED = "application/x-www-form-urlencoded";

  private final List<String[]> fields;

  private FormContent(List<String[]> fields) {
    this.fields = List.copyOf(fields);
  }

  /**
   * A builder with no fields.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String contentType() {
    return APPLICATION_FORM_URLENCODED;
  }

  @Override
  public RequestBody body() {
    StringBuilder out = new StringBuilder();
    for (String[] field : fields) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
    }
    return RequestBody.of(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Collects the fields in order. */
  public static final class Builder {
    private final List<String[]> fields = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a field sent with its {@code toString()}. A name may be added more than once.
     *
     * @param name the field name
     * @param value the value; null leaves the field out
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder field(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        fields.add(new String[] {name, value.toString()});
      }
      return this;
    }

    /**
     * The body with the fields added so far; the builder may be used again.
     *
     * @return the content
     */
    public FormContent build() {
      return new FormContent(fields);
    }
  }
}
