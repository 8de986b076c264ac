package dev.redline.read;

import dev.redline.read.DraftReadException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The XML parts of a Word file that hold its text, read from the ZIP package read-only.
 *
 * <p>Reading goes through Apache POI's package layer, whose ZIP bomb guards (a part that inflates
 * beyond a hundred times its compressed size) stay switched on, and through POI's XML parser, which
 * refuses external entities. The file is never written. Every problem is a {@link
 * DraftReadException} with a one-line message naming the file.
 *
 * @param document {@code word/document.xml}, the main part
 * @param styles the style definitions, or null where there are none
 * @param numbering the numbering definitions, or null where there are none
 * @param footnotes the footnotes, or null where there are none
 * @param endnotes the endnotes, or null where there are none
 * @param furniture the page headers and footers, in the order the main part relates them; empty
 *     where there are none
 * @param furnitureByRelation the same headers and footers by the id of the relationship that the
 *     main part names them by ({@code r:id} of {@code w:headerReference})
 */
record WordPackage(
    Document document, Document styles, Document numbering, Document footnotes, Document endnotes, List<Document> furniture,
    Map<String, Document> furnitureByRelation) {
  WordPackage {
    furniture = List.copyOf(furniture);
    furnitureByRelation = Map.copyOf(furnitureByRelation);
  }

  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
  private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  private static final String ZIP_BOMB = "Zip bomb detected";
  private static final String OPEN_DOCUMENT = "it is an OpenDocument file; save it in Word format (.docx)";

  /**
   * Why a package is refused whose ZIP entries ask for a compression that only an optional codec
   * reads (Zstandard, XZ: commons-compress looks for its class, which Redline does not ship, and
   * fails with {@link NoClassDefFoundError}). Word writes only stored and deflated entries.
   */
  private static final String UNREADABLE_COMPRESSION =
      "its parts are compressed in a way Word never writes (such as Zstandard or XZ); open it and save it again as .docx";

  /** The deepest nesting of XML elements read: far beyond any real document's tables in tables. */
  static final int MAX_DEPTH = 256;

  /**
   * Reads the parts, or says in one line why the file is not a Word document Redline can read.
   *
   * @param maxExpanded the most bytes the parts read may expand to, all together
   */
  static WordPackage read(Path file, long maxExpanded) throws DraftReadException {
    checkFormat(file);
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (ODFNotOfficeXmlFileException e) {
      throw invalid(file, OPEN_DOCUMENT, e);
    } catch (Exception e) {
      throw damaged(file, e, whatIsWrong(file));
    } catch (NoClassDefFoundError e) {
      throw invalid(file, UNREADABLE_COMPRESSION, e);
    }
    try {
      PackagePart main = related(pkg.getRelationshipsByType(RELATIONSHIPS + "officeDocument"), pkg, null);
      if (main == null) {
        main = related(pkg.getRelationshipsByType(STRICT_RELATIONSHIPS + "officeDocument"), pkg, null);
      }
      if (main == null) {
        throw invalid(file, "it has no main document (word/document.xml)", null);
      }
      if (!main.getContentType().startsWith(WORD_MAIN)) {
        throw invalid(file, "it is not a Word document (its main part is " + main.getPartName().getName() + ")", null);
      }
      long[] budget = {maxExpanded};
      Document document = parse(file, main, budget);
      Document styles = parse(file, part(main, "styles"), budget);
      Document numbering = parse(file, part(main, "numbering"), budget);
      Document footnotes = parse(file, part(main, "footnotes"), budget);
      Document endnotes = parse(file, part(main, "endnotes"), budget);
      Map<String, Document> furniture = furniture(file, main, budget);
      return new WordPackage(document, styles, numbering, footnotes, endnotes, List.copyOf(furniture.values()), furniture);
    } catch (DraftReadException e) {
      throw e;
    } catch (Exception e) {
      throw damaged(file, e, "its parts cannot be read");
    } catch (NoClassDefFoundError e) {
      throw invalid(file, UNREADABLE_COMPRESSION, e);
    } finally {
      pkg.revert(); // closes without saving anything
    }
  }

  /** Why POI could not open a file that starts like a ZIP archive, from its list of entries. */
  private static String whatIsWrong(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null) {
        try (InputStream in = zip.getInputStream(mimetype)) {
          String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII);
          if (type.startsWith("application/vnd.oasis.opendocument")) {
            return OPEN_DOCUMENT;
          }
        }
      }
      if (zip.getEntry("word/document.xml") == null) {
        return "it is a ZIP archive without word/document.xml";
      }
      return "its package structure is damaged (no valid [Content_Types].xml or relationships)";
    } catch (IOException | RuntimeException e) {
      return "the ZIP archive is damaged or incomplete";
    }
  }

  /** Refuses files that are not ZIP packages, saying what they are instead. */
  private static void checkFormat(Path file) throws DraftReadException {
    if (!Files.exists(file)) {
      throw new DraftReadException(file, Problem.NOT_FOUND, "file not found");
    }
    if (Files.isDirectory(file)) {
      throw new DraftReadException(file, Problem.NOT_READABLE, "is a directory, not a file");
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64);
    } catch (NoSuchFileException e) {
      throw new DraftReadException(file, Problem.NOT_FOUND, "file not found", e);
    } catch (AccessDeniedException e) {
      throw new DraftReadException(file, Problem.NOT_READABLE, "permission denied", e);
    } catch (IOException e) {
      throw new DraftReadException(file, Problem.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
    }
    if (head.length == 0) {
      throw new DraftReadException(file, Problem.EMPTY, "file is empty");
    }
    FileMagic magic = FileMagic.valueOf(head);
    switch (magic) {
      case OOXML -> {
        return;
      }
      case OLE2 -> checkCompoundFile(file);
      case PDF -> throw invalid(file, "it holds a PDF document, not a Word document", null);
      case RTF -> throw invalid(file, "it holds Rich Text (RTF); open it in Word and save it as .docx", null);
      case HTML -> throw invalid(file, "it holds a web page (HTML); open it in Word and save it as .docx", null);
      case XML -> throw invalid(file, "it holds XML, not a ZIP package; open it in Word and save it as .docx", null);
      default -> throw invalid(file, "it is not a ZIP package", null);
    }
  }

  /**
   * An OLE2 compound file named as a Word file is either a password-protected .docx (the package
   * is encrypted inside the compound file) or a Word 97-2003 document.
   */
  private static void checkCompoundFile(Path file) throws DraftReadException {
    boolean encrypted;
    boolean legacyWord;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      encrypted = root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
      legacyWord = root.hasEntry("WordDocument");
    } catch (Exception e) {
      throw invalid(file, "the file is damaged (a broken OLE2 compound file)", e);
    }
    if (encrypted) {
      throw new DraftReadException(
          file,
          Problem.ENCRYPTED,
          "is password-protected; open it in Word and save it without a password (File > Info > Protect Document)");
    }
    if (legacyWord) {
      throw new DraftReadException(
          file,
          Problem.UNSUPPORTED_FORMAT,
          "is a Word 97-2003 document (.doc), which Redline does not read; open it in Word and save it as .docx");
    }
    throw invalid(file, "it is an OLE2 compound file, not a Word document", null);
  }

  private static PackagePart part(PackagePart main, String type) throws Exception {
    PackagePart part = related(main.getRelationshipsByType(RELATIONSHIPS + type), main.getPackage(), main);
    return part != null ? part : related(main.getRelationshipsByType(STRICT_RELATIONSHIPS + type), main.getPackage(), main);
  }

  /** The header and footer parts the main part relates, parsed, by relationship id, in order. */
  private static Map<String, Document> furniture(Path file, PackagePart main, long[] budget) throws Exception {
    Map<String, Document> parts = new LinkedHashMap<>();
    for (String type : List.of("header", "footer")) {
      for (String base : List.of(RELATIONSHIPS, STRICT_RELATIONSHIPS)) {
        for (PackageRelationship rel : main.getRelationshipsByType(base + type)) {
          PackagePart part = main.getRelatedPart(rel);
          if (part != null) {
            parts.put(rel.getId(), parse(file, part, budget));
          }
        }
      }
    }
    return parts;
  }

  private static PackagePart related(Iterable<PackageRelationship> relationships, OPCPackage pkg, PackagePart source)
      throws Exception {
    for (PackageRelationship rel : relationships) {
      PackagePart part = source == null ? pkg.getPart(rel) : source.getRelatedPart(rel);
      if (part != null) {
        return part;
      }
    }
    return null;
  }

  /**
   * The part's XML, read against what is left of the budget of expanded bytes, and no deeper than
   * {@link #MAX_DEPTH} elements.
   */
  private static Document parse(Path file, PackagePart part, long[] budget) throws DraftReadException {
    if (part == null) {
      return null;
    }
    String name = part.getPartName().getName().replaceFirst("^/", "");
    long limit = budget[0];
    try (Bounded in = new Bounded(part.getInputStream(), limit)) {
      Document document = DocumentHelper.readDocument(in);
      budget[0] -= in.count;
      checkDepth(file, name, document);
      return document;
    } catch (TooLarge e) {
      throw new DraftReadException(file, Problem.TOO_LARGE, String.format(java.util.Locale.ROOT,
          "its parts expand to more than %,d bytes (a quarter of the size limit) by %s; not read", limit, name), e);
    } catch (SAXException e) {
      if (e.getCause() instanceof TooLarge || e.getException() instanceof TooLarge) {
        throw new DraftReadException(file, Problem.TOO_LARGE, String.format(java.util.Locale.ROOT,
            "its parts expand to more than %,d bytes (a quarter of the size limit) by %s; not read", limit, name), e);
      }
      if (zipBomb(e)) {
        throw bomb(file, e);
      }
      throw invalid(file, name + " is not well-formed XML (" + firstLine(e.getMessage()) + ")", e);
    } catch (IOException | RuntimeException e) {
      if (e.getCause() instanceof TooLarge) {
        throw new DraftReadException(file, Problem.TOO_LARGE, String.format(java.util.Locale.ROOT,
            "its parts expand to more than %,d bytes (a quarter of the size limit) by %s; not read", limit, name), e);
      }
      throw damaged(file, e, name + " cannot be read");
    }
  }

  /** Refuses XML nested deeper than {@link #MAX_DEPTH}, walking the tree without recursion. */
  private static void checkDepth(Path file, String name, Document document) throws DraftReadException {
    java.util.ArrayDeque<org.w3c.dom.Node> stack = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
    stack.push(document.getDocumentElement());
    depths.push(1);
    while (!stack.isEmpty()) {
      org.w3c.dom.Node node = stack.pop();
      int depth = depths.pop();
      if (depth > MAX_DEPTH) {
        throw invalid(file, name + " nests its elements more than " + MAX_DEPTH + " deep", null);
      }
      for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
          stack.push(c);
          depths.push(depth + 1);
        }
      }
    }
  }

  /** Expanded bytes beyond the budget. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("expanded size over the limit");
    }
  }

  /** A stream that counts what it gives and fails once it has given more than its limit. */
  private static final class Bounded extends java.io.FilterInputStream {
    private final long limit;
    private long count;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws TooLarge {
      count += n;
      if (count > limit) {
        throw new TooLarge();
      }
    }
  }

  private static DraftReadException damaged(Path file, Exception e, String detail) {
    return zipBomb(e) ? bomb(file, e) : invalid(file, detail, e);
  }

  private static DraftReadException invalid(Path file, String detail, Throwable cause) {
    return new DraftReadException(file, Problem.CORRUPT, "is not a valid Word file: " + detail, cause);
  }

  private static DraftReadException bomb(Path file, Throwable cause) {
    return new DraftReadException(
        file,
        Problem.CORRUPT,
        "looks like a ZIP bomb: a part would expand to far more than its compressed size; not read",
        cause);
  }

  private static boolean zipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(ZIP_BOMB)) {
        return true;
      }
      for (Throwable s : List.of(t.getSuppressed())) {
        if (s.getMessage() != null && s.getMessage().contains(ZIP_BOMB)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }
}
