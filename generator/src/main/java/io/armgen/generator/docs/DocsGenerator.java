package io.armgen.generator.docs;

import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resource pages in Markdown: {@code index.md} and one page per resource type per service (see
 * {@link PageSet} for the layout). Pure and deterministic: the same model gives the same pages.
 */
public final class DocsGenerator {

  /**
   * Every page of {@code model}.
   *
   * @param samples the model's samples ({@link SampleEmitter}), shown on the page of the resource
   *     their operation belongs to
   * @param base the folder spec paths are shown relative to (the repository, the working directory)
   * @param docsRoot the folder the pages will be written to, for relative links to the specs
   * @return the pages, paths relative to {@code docsRoot}, sorted
   */
  public List<GeneratedFile> pages(ApiModel model, List<SampleEmitter.Sample> samples, Path base, Path docsRoot) {
    PageSet pages = new PageSet(model);
    ResourcePageWriter resourcePages = new ResourcePageWriter(pages);
    List<GeneratedFile> files = new ArrayList<>();
    Map<String, Integer> exampleCounts = new LinkedHashMap<>();
    Map<Service, SpecSource> sources = new LinkedHashMap<>();
    for (Service service : pages.services()) {
      SpecSource source = SpecSource.of(service.sourceFile(), base, docsRoot);
      sources.put(service, source);
      for (ResourceType resource : service.resources()) {
        List<SampleEmitter.Sample> own = samples.stream()
            .filter(s -> s.service().equals(service) && ResourcePageWriter.belongsTo(s.operation(), resource))
            .toList();
        String page = pages.page(service, resource);
        exampleCounts.put(page, own.size());
        files.add(new GeneratedFile(page, resourcePages.write(service, resource, own, source)));
      }
    }
    files.add(new GeneratedFile(PageSet.INDEX, new IndexPageWriter(pages).write(exampleCounts, sources)));
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    return files;
  }
}
