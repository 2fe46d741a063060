package io.armgen.generator.docs;

import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resource pages in Markdown: {@code index.md} and one page per resource type per service (see
 * {@link PageSet} for the layout), with the full samples they link in {@code <Service>/samples/}. Pure and deterministic: the same model gives the same pages.
 */
public final class DocsGenerator {

  /** A generator of pages; it holds no state between calls. */
  public DocsGenerator() {}

  /**
   * Every page of {@code model}.
   *
   * @param model the normalised model
   * @param samples the model's samples ({@link SampleEmitter}), shown on the page of the resource
   *     their operation belongs to
   * @param base the folder spec paths are shown relative to (the repository, the working directory)
   * @param specUrl the public URL of {@code base}, for links to the specs below it; null for none
   * @return the pages and the full samples they link, paths relative to the docs root, sorted
   */
  public List<GeneratedFile> pages(ApiModel model, List<SampleEmitter.Sample> samples, Path base, String specUrl) {
    PageSet pages = new PageSet(model);
    ResourcePageWriter resourcePages = new ResourcePageWriter(pages);
    List<GeneratedFile> files = new ArrayList<>();
    Map<String, Integer> exampleCounts = new LinkedHashMap<>();
    Map<Service, SpecSource> sources = new LinkedHashMap<>();
    Set<String> written = new HashSet<>();
    for (Service service : pages.services()) {
      SpecSource source = SpecSource.of(service.sourceFile(), base, specUrl);
      sources.put(service, source);
      for (ResourceType resource : service.resources()) {
        List<SampleEmitter.Sample> own = samples.stream()
            .filter(s -> s.service().equals(service) && ResourcePageWriter.belongsTo(s.operation(), resource))
            .toList();
        String page = pages.page(service, resource);
        exampleCounts.put(page, own.size());
        files.add(new GeneratedFile(page, resourcePages.write(service, resource, own, source)));
        for (SampleEmitter.Sample sample : own) {
          String path = pages.folder(service) + "/" + ResourcePageWriter.samplePath(sample);
          if (written.add(path)) {
            files.add(new GeneratedFile(path, withoutHeader(sample.file().content())));
          }
        }
      }
    }
    files.add(new GeneratedFile(PageSet.INDEX, new IndexPageWriter(pages).write(exampleCounts, sources)));
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    return files;
  }

  /**
   * The sample as a reader would copy it: without the "generated from <path>, do not edit" line,
   * whose path depends on where armgen ran.
   */
  private static String withoutHeader(String source) {
    return source.startsWith("//") ? source.substring(source.indexOf('\n') + 1) : source;
  }
}
