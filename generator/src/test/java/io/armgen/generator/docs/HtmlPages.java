package io.armgen.generator.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the Markdown pages of a docs folder to standalone HTML (commonmark-java with GFM tables)
 * the way a person would browse them: {@code .md} links turned into links to the rendered
 * {@code .html}, links to other files (the specs) into {@code file:} URIs of those files, and a
 * small stylesheet for readable tables and monospaced code. A probe script records, once the
 * browser has laid the page out, the font of the first code block and the number of tables in
 * attributes of {@code <body>}, so that a DOM dump shows what the browser made of the page.
 */
final class HtmlPages {
  static final String CSS = """
      body { margin: 0; background: #fff; color: #1f2328; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
             font-size: 15px; line-height: 1.5; }
      main { max-width: 1120px; margin: 0 auto; padding: 16px 32px 48px; }
      h1 { font-size: 2em; border-bottom: 1px solid #d0d7de; padding-bottom: .3em; }
      h2 { font-size: 1.5em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; margin-top: 1.6em; }
      h3 { font-size: 1.15em; margin-top: 1.4em; }
      a { color: #0969da; text-decoration: none; }
      a:hover { text-decoration: underline; }
      code { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: .88em;
             background: #eff1f3; padding: .1em .35em; border-radius: 4px; }
      pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; overflow-x: auto;
            line-height: 1.45; }
      pre code { background: none; padding: 0; font-size: 13px; }
      table { border-collapse: collapse; width: 100%; margin: 12px 0 20px; }
      th, td { border: 1px solid #d0d7de; padding: 5px 10px; vertical-align: top; text-align: left; }
      th { background: #f6f8fa; font-weight: 600; white-space: nowrap; }
      tbody tr:nth-child(even) { background: #f9fafb; }
      td:first-child, td:nth-child(2) { min-width: 13em; }
      td:last-child { min-width: 12em; }
      """;

  private static final String PROBE = """
      window.addEventListener('load', function () {
        var code = document.querySelector('pre code') || document.querySelector('code');
        document.body.setAttribute('data-code-font', code ? getComputedStyle(code).fontFamily : 'none');
        document.body.setAttribute('data-tables', String(document.querySelectorAll('table').length));
      });
      """;

  private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  /** Renders every {@code .md} below {@code docs} into the same layout below {@code out}; returns the HTML files. */
  List<Path> renderAll(Path docs, Path out) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(docs)) {
      pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<Path> written = new ArrayList<>();
    for (Path md : pages) {
      Path html = out.resolve(htmlName(docs.relativize(md).toString()));
      Files.createDirectories(html.getParent());
      Files.writeString(html, render(md), StandardCharsets.UTF_8);
      written.add(html);
    }
    return written;
  }

  /** One page as a standalone HTML document. */
  String render(Path md) throws IOException {
    Node document = parser.parse(Files.readString(md, StandardCharsets.UTF_8));
    String[] title = {"armgen"};
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        link.setDestination(browsable(md, link.getDestination()));
        visitChildren(link);
      }

      @Override
      public void visit(Heading heading) {
        if (heading.getLevel() == 1 && heading.getFirstChild() instanceof Text t) {
          title[0] = t.getLiteral();
        }
        visitChildren(heading);
      }
    });
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title[0])
        + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n" + renderer.render(document)
        + "</main>\n<script>\n" + PROBE + "</script>\n</body>\n</html>\n";
  }

  /** A link as it works in the rendered tree: pages to their HTML, other files to their place on disk. */
  private static String browsable(Path page, String destination) {
    if (destination.contains("://") || destination.startsWith("#") || destination.startsWith("mailto:")) {
      return destination;
    }
    int hash = destination.indexOf('#');
    String path = hash < 0 ? destination : destination.substring(0, hash);
    String anchor = hash < 0 ? "" : destination.substring(hash);
    if (path.endsWith(".md")) {
      return htmlName(path) + anchor;
    }
    return page.getParent().resolve(path).toAbsolutePath().normalize().toUri() + anchor;
  }

  static String htmlName(String mdPath) {
    return mdPath.substring(0, mdPath.length() - ".md".length()) + ".html";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
