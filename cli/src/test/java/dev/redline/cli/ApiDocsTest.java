package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The library's Javadoc is complete where a developer looks first: every package has a
 * {@code package-info.java} with a comment, and every public type, public constructor, public
 * method (other than overrides, which inherit theirs) and enum constant has a doc comment. The
 * sources of every module are parsed with the JDK's own compiler API.
 */
class ApiDocsTest {
  private static final List<String> MODULES = List.of("core", "report", "web", "cli", "fixtures");

  @Test
  void everyPublicTypeMemberAndPackageIsDocumented() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String module : MODULES) {
      Path root = Path.of("..", module, "src", "main", "java");
      assertTrue(Files.isDirectory(root), root.toAbsolutePath().toString());
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      }
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> missing = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    Set<String> documentedPackages = new TreeSet<>();
    try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, null)) {
      JavacTask task = (JavacTask) compiler.getTask(null, fm, null, List.of("-proc:none"), null, fm.getJavaFileObjectsFromPaths(files));
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        packages.add(pkg);
        String file = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
        if (file.equals("package-info.java")) {
          if (docs.getDocCommentTree(new TreePath(new TreePath(unit), unit.getPackage())) != null) {
            documentedPackages.add(pkg);
          }
          continue;
        }
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitClass(ClassTree tree, Void unused) {
            if (isPublic(tree.getModifiers().getFlags())) {
              check(tree.getSimpleName().toString());
              return super.visitClass(tree, null);
            }
            return null; // members of a type that is not public are not API
          }

          @Override
          public Void visitMethod(MethodTree tree, Void unused) {
            boolean override = tree.getModifiers().getAnnotations().stream().anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
            Tree owner = getCurrentPath().getParentPath().getLeaf();
            // A record's compact constructor takes the record's own doc (its @param tags).
            boolean compactConstructor = tree.getName().contentEquals("<init>") && owner.getKind() == Tree.Kind.RECORD
                && !header(tree).contains("(");
            if (isPublic(tree.getModifiers().getFlags()) && !override && !compactConstructor) {
              check(tree.getName().contentEquals("<init>") ? "constructor" : tree.getName() + "()");
            }
            return null;
          }

          @Override
          public Void visitVariable(VariableTree tree, Void unused) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            if (parent instanceof ClassTree c && c.getKind() == Tree.Kind.ENUM
                && tree.getInitializer() instanceof com.sun.source.tree.NewClassTree constant
                && constant.getIdentifier().toString().equals(c.getSimpleName().toString())) {
              check(tree.getName().toString());
            }
            return null;
          }

          /** The method's source from its start to its body: a compact constructor's has no parameter list. */
          private String header(MethodTree tree) {
            try {
              var positions = docs.getSourcePositions();
              return unit.getSourceFile().getCharContent(true).subSequence(
                  (int) positions.getStartPosition(unit, tree), (int) positions.getStartPosition(unit, tree.getBody())).toString();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }

          private void check(String what) {
            if (docs.getDocCommentTree(getCurrentPath()) == null) {
              long line = unit.getLineMap().getLineNumber(docs.getSourcePositions().getStartPosition(unit, getCurrentPath().getLeaf()));
              missing.add(pkg + "." + file + ":" + line + " " + what);
            }
          }
        }.scan(unit, null);
      }
    }
    packages.removeAll(documentedPackages);
    assertEquals(Set.of(), packages, "packages without a documented package-info.java");
    assertEquals(List.of(), missing, "public types and members without a doc comment");
  }

  private static boolean isPublic(Set<Modifier> flags) {
    return flags.contains(Modifier.PUBLIC);
  }
}
