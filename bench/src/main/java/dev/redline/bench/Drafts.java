package dev.redline.bench;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.ClausePath;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.model.InlineText;
import dev.redline.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Building blocks for generated drafts: new numbers, new text, new drafts around old articles. */
final class Drafts {
  private Drafts() {}

  /** The article under a new number, with its clause paths and label following the number. */
  static Article renumber(Article article, String number) {
    List<Clause> clauses = new ArrayList<>();
    for (Clause c : article.clauses()) {
      clauses.add(repath(c, ClausePath.of(number, c.path().last())));
    }
    return new Article("Article " + number, number, article.title(), article.divisions(), clauses, article.provenance());
  }

  private static Clause repath(Clause c, ClausePath path) {
    List<Clause> children = new ArrayList<>();
    for (Clause child : c.children()) {
      children.add(repath(child, path.child(child.path().last())));
    }
    return new Clause(c.kind(), c.label(), path, c.content(), children, c.footnotes(), c.provenance());
  }

  /** The article with every clause's text passed through the function. */
  static Article rewrite(Article article, UnaryOperator<String> text) {
    List<Clause> clauses = new ArrayList<>();
    for (Clause c : article.clauses()) {
      clauses.add(rewrite(c, text));
    }
    return new Article(article.label(), article.number(), article.title(), article.divisions(), clauses, article.provenance());
  }

  private static Clause rewrite(Clause c, UnaryOperator<String> text) {
    List<Clause> children = new ArrayList<>();
    for (Clause child : c.children()) {
      children.add(rewrite(child, text));
    }
    InlineText rewritten = c.content().mapRuns(text);
    return new Clause(c.kind(), c.label(), c.path(), rewritten, children, c.footnotes(), c.provenance());
  }

  static Article retitle(Article article, String title) {
    return new Article(article.label(), article.number(), title, article.divisions(), article.clauses(), article.provenance());
  }

  static Article withClauses(Article article, List<Clause> clauses) {
    return new Article(article.label(), article.number(), article.title(), article.divisions(), clauses, article.provenance());
  }

  static Article inDivisions(Article article, List<Division> divisions) {
    return new Article(article.label(), article.number(), article.title(), divisions, article.clauses(), article.provenance());
  }

  /** A draft holding these articles, numbered 1, 2, 3 ... in order, with lines in that order. */
  static Draft draft(String revision, List<Article> articles, List<Division> divisions) {
    List<Article> numbered = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = renumber(articles.get(i), String.valueOf(i + 1));
      numbered.add(
          new Article(a.label(), a.number(), a.title(), a.divisions(), a.clauses(), new Provenance(revision, i + 1, 0)));
    }
    return new Draft(revision, "Generated draft", revision, "", "", List.of(), divisions, numbered, List.of());
  }
}
