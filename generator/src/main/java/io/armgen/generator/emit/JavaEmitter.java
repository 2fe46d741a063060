package io.armgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.ServiceLabels;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the common model into Java sources: per service the model classes and enums, one id class
 * per resource type and one client per operation group, plus a {@code package-info.java} per
 * package. Every file starts with a fixed "generated, do not edit" comment.
 *
 * <p>Deterministic (the same model gives byte-identical files) and stateless, so one instance may
 * be used from several threads at once.
 */
public final class JavaEmitter {
  // compiled once: headers are built for every service of every run
  private static final Pattern DRIVE_PATH = Pattern.compile("^[A-Za-z]:[\\\\/].*");
  private static final Pattern URI_WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*");

  /**
   * Emits every service of {@code model}, and the shared shapes.
   *
   * @param model the normalized model
   * @return the files, notes and problems; a service or shape that could not be written is a problem,
   *     not an exception
   */
  public EmitResult emit(ApiModel model) {
    Map<String, GeneratedFile> files = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    WriterAttempts attempts = new WriterAttempts();
    ServiceLabels labels = new ServiceLabels(model.services());
    EmitNotes note = (at, text) -> {
      notes.add(text);
      attempts.note(at, text);
    };
    for (Service service : model.services()) {
      attempts.run("service " + service.name(), ModelLocations.service(service), () -> {
        emitService(service, model.sharedShapes(), labels.of(service), files, note, attempts);
        return Optional.empty();
      });
    }
    SharedFiles shared = new SharedFiles(model);
    attempts.run("shared shapes", shared.location(), () -> {
      shared.emit(files, note);
      return Optional.empty();
    });
    List<GeneratedFile> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(GeneratedFile::relativePath));
    return new EmitResult(sorted, notes, attempts.problems());
  }

  private static void emitService(Service service, List<SharedShape> shared, String label, Map<String, GeneratedFile> files,
      EmitNotes note, WriterAttempts attempts) {
    String header = header(service);
    SourceLocation serviceFile = ModelLocations.service(service);
    EmitContext context = new EmitContext(service, shared, label);
    List<JavaFile> sources = new ArrayList<>();
    // where each file came from, for a diagnostic about it; a file without one is the service's
    Map<JavaFile, SourceLocation> origins = new IdentityHashMap<>();
    for (ObjectType object : service.objects()) {
      SourceLocation at = ModelLocations.of(service, object);
      attempts.run("model " + object.name(), at, () -> Optional.of(ModelClassWriter.write(service, object, context)))
          .ifPresent(f -> keep(f, at, sources, origins));
    }
    for (EnumType enumType : service.enums()) {
      SourceLocation at = ModelLocations.of(service, enumType);
      attempts.run("enum " + enumType.name(), at, () -> Optional.of(enumType.expandable()
          ? ExpandableEnumWriter.write(service, enumType)
          : ClosedEnumWriter.write(service, enumType)))
          .ifPresent(f -> keep(f, at, sources, origins));
    }
    ResourceIdWriter ids = new ResourceIdWriter(service);
    for (ResourceType resource : service.resources()) {
      SourceLocation at = ModelLocations.of(service, resource);
      attempts.run("resource id " + resource.name(), at, () -> ids.write(resource, note))
          .ifPresent(f -> keep(f, at, sources, origins));
    }
    ParameterGroupWriter groupWriter = new ParameterGroupWriter(context);
    ParameterGroupWriter.groups(service).forEach((name, parameters) -> {
      SourceLocation at = parameters.values().stream().map(p -> p.details().origin()).filter(Objects::nonNull).findFirst()
          .orElse(serviceFile);
      attempts.run("parameter group " + name, at, () -> Optional.of(groupWriter.write(name, parameters)))
          .ifPresent(f -> keep(f, at, sources, origins));
    });
    ResponseHeadersWriter headerWriter = new ResponseHeadersWriter(context);
    for (OperationGroup group : service.groups()) {
      for (Operation operation : group.operations()) {
        SourceLocation at = ModelLocations.of(service, operation);
        attempts.run("response headers of " + operation.operationId(), at, () -> headerWriter.write(group, operation))
            .ifPresent(f -> keep(f, at, sources, origins));
      }
    }
    ClientWriter clients = new ClientWriter(context);
    for (OperationGroup group : service.groups()) {
      SourceLocation at = group.operations().isEmpty() ? serviceFile
          : ModelLocations.of(service, group.operations().get(0));
      attempts.run("client " + group.name(), at, () -> Optional.of(clients.write(group, note)))
          .ifPresent(f -> keep(f, at, sources, origins));
    }
    List<String> texts = SourceRenderer.render(sources, header);
    for (int i = 0; i < sources.size(); i++) {
      SourceLocation at = origins.getOrDefault(sources.get(i), serviceFile);
      if (attempts.soundSource(relativePath(sources.get(i)), at, texts.get(i))) {
        add(files, note, at, new GeneratedFile(relativePath(sources.get(i)), texts.get(i)));
      }
    }
    String modelsPackage = TypeNames.modelsPackage(service);
    SourceLocation info = ModelLocations.service(service);
    List<GeneratedFile> infos = new ArrayList<>();
    if (sources.stream().anyMatch(f -> f.packageName().equals(modelsPackage))) {
      infos.add(packageInfo(service, modelsPackage, header, "Models, enums and resource ids"));
    }
    if (sources.stream().anyMatch(f -> f.packageName().equals(service.javaPackage()))) {
      infos.add(packageInfo(service, service.javaPackage(), header, "Clients"));
    }
    for (GeneratedFile file : infos) {
      if (attempts.soundSource(file.relativePath(), info, file.content())) {
        add(files, note, info, file);
      }
    }
  }

  private static void keep(JavaFile file, SourceLocation origin, List<JavaFile> sources,
      Map<JavaFile, SourceLocation> origins) {
    sources.add(file);
    origins.put(file, origin);
  }

  private static GeneratedFile packageInfo(Service service, String packageName, String header, String role) {
    return new GeneratedFile(packageName.replace('.', '/') + "/package-info.java",
        PackageInfoWriter.write(service, packageName, header, role));
  }

  /**
   * Keeps the first file of a path; a second one (two services sharing a package) is noted at
   * {@code origin}, the element the second file was written from.
   */
  static void add(Map<String, GeneratedFile> files, EmitNotes note, SourceLocation origin, GeneratedFile file) {
    GeneratedFile earlier = files.putIfAbsent(file.relativePath(), file);
    if (earlier != null && !earlier.content().equals(file.content())) {
      note.note(origin, file.relativePath() + " is generated twice with different content; the first one is kept");
    }
  }

  static String relativePath(JavaFile source) {
    String folder = source.packageName().isEmpty() ? "" : source.packageName().replace('.', '/') + "/";
    return folder + source.typeSpec().name() + ".java";
  }

  /** The first line of every file; names the spec without any absolute path of this machine. */
  static String header(Service service) {
    return "Generated by armgen from " + DocText.lineComment(displayedSource(service.sourceFile()))
        + " (api-version " + DocText.lineComment(service.apiVersion()) + "). Do not edit.";
  }

  /** The source file as the user gave it, or only its file name when that was absolute. */
  static String displayedSource(String sourceFile) {
    if (sourceFile == null || sourceFile.isBlank()) {
      return "(unknown source)";
    }
    boolean absolute = sourceFile.startsWith("/") || sourceFile.startsWith("\\")
        || DRIVE_PATH.matcher(sourceFile).matches() || URI_WITH_SCHEME.matcher(sourceFile).matches();
    if (!absolute) {
      return sourceFile;
    }
    int slash = Math.max(sourceFile.lastIndexOf('/'), sourceFile.lastIndexOf('\\'));
    return sourceFile.substring(slash + 1);
  }
}
