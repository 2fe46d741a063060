package io.armgen.generator.normalize;

import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SharedShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns loaded Swagger 2.0 documents into the common model, one {@link Service} per entry
 * document. Runs a fixed list of small passes; never throws on bad input: every problem becomes
 * a located diagnostic and the run goes on to find more.
 */
public final class Normalizer {

  /** A normaliser; it holds no state between runs. */
  public Normalizer() {}

  /**
   * Normalises every entry of {@code loaded}.
   *
   * @param loaded the loaded documents, without loading errors
   * @param options the package prefix, shared-shape mode and operation filter
   * @return the model and this stage's diagnostics (the loader's are not repeated)
   */
  public NormalizeResult normalize(LoadResult loaded, NormalizeOptions options) {
    Reporter reporter = new Reporter();
    List<SpecDocument> entries = loaded.entries();
    List<ServiceNaming.Naming> names = ServiceNaming.name(entries, options.packagePrefix(), reporter);
    List<Service> services = new ArrayList<>();
    OperationSelection selection = new OperationSelection(options.operationFilter());
    for (int i = 0; i < entries.size(); i++) {
      SpecDocument entry = entries.get(i);
      try {
        services.add(service(loaded, entry, names.get(i), reporter, selection));
      } catch (RuntimeException e) {
        // a bug must not hide the diagnostics found so far; report it against the entry
        reporter.error("INTERNAL_ERROR", entry, "", "internal error while normalising: " + e);
      }
    }
    selection.reportUnmatched(reporter);
    new ExtensionReport(reporter).run(loaded.documents().values());
    List<SharedShape> shared = new SharedShapePass(reporter).run(services, options);
    return new NormalizeResult(new ApiModel(services, shared), reporter.all());
  }

  private static Service service(LoadResult loaded, SpecDocument entry, ServiceNaming.Naming naming, Reporter reporter,
      OperationSelection selection) {
    SchemaTable table = new SchemaTable();
    TypeMapper mapper = new TypeMapper(loaded, table, reporter);
    SchemaCollector collector = new SchemaCollector(loaded, table, mapper, reporter);
    List<OperationDraft> operations = new OperationPass(loaded, mapper, reporter, selection).read(entry, naming.name());
    collector.addDefinitions(entry);
    collector.drain();
    collector.discoverSubtypes();
    new SelfContainingAliases(table, reporter).run();

    new AllOfPass(table, reporter).run();
    new DiscriminatorPass(table, reporter).run();
    new RuntimeBaseTypes(table).run(operations);
    new ArmErrorShape(table).apply(operations);
    new FlattenPass(table, reporter).run();
    new EnumPass(table, reporter).run();
    new PropertyValuePass(table, reporter).run();
    Set<SchemaId> kept = new Reachability(table).kept(operations, entry);
    new JavaNaming(table, reporter).run(kept, entry);
    XmlPass xml = new XmlPass(loaded, table, reporter);
    xml.run(operations);

    ModelAssembler assembler = new ModelAssembler(table);
    List<ObjectType> objects = assembler.objects(kept);
    List<EnumType> enums = assembler.enums(kept);
    List<OperationGroup> groups = assembler.groups(operations);
    String apiVersion = TypeMapper.textOf(entry.root().path("info"), "version");
    String title = TypeMapper.textOf(entry.root().path("info"), "title");
    String description = TypeMapper.textOf(entry.root().path("info"), "description");
    List<ResourceType> resources = ResourcePass.resources(groups, objects);
    return new Service(naming.name(), naming.namespace(), apiVersion, title, description, naming.javaPackage(),
        entry.displayName(), objects, enums, groups, resources, new DependencyPass(loaded).dependencies(resources, objects),
        new ParameterizedHostReader(loaded, reporter).read(entry).orElse(null),
        new SecurityReader(reporter).tokenScope(entry).orElse(null),
        xml.byJavaName(), Reporter.locate(entry, "/info"));
  }
}
